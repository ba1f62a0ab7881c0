import type { TesseraContainer } from "../container/container.ts";

/** `export const config` of a job file in src/jobs. */
export interface ScheduledJobConfig {
  /** Unique name: the execution count is kept under it. */
  name: string;
  /** A cron expression; six fields for seconds ("* * * * * *"). */
  schedule: string;
  /** Runs at most this many times, across restarts and processes. Default: unlimited. */
  numberOfExecutions?: number;
}

export type ScheduledJobHandler = (container: TesseraContainer) => unknown | Promise<unknown>;

export interface ScheduledJob {
  handler: ScheduledJobHandler;
  config: ScheduledJobConfig;
}

/** Runs the discovered jobs on their schedules; registered as `jobScheduler`. */
export interface JobScheduler {
  register(job: ScheduledJob): Promise<void>;
  /**
   * Whether the job named `name` still has a schedule here: false once it has used up its
   * executions (or was never registered). A caller, a test say, learns that no tick can come
   * any more from this answer instead of watching the clock for one.
   */
  isScheduled(name: string): Promise<boolean>;
  close(): Promise<void>;
}
