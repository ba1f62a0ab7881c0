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
  close(): Promise<void>;
}
