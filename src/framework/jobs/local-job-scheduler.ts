import { Cron } from "croner";
import type { TesseraContainer } from "../container/container.ts";
import { runJobTick } from "./run-job.ts";
import type { JobScheduler, ScheduledJob } from "./types.ts";

/** Cron in this process (croner), for the embedded default. */
export class LocalJobScheduler implements JobScheduler {
  private readonly crons = new Map<string, Cron>();
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly container: TesseraContainer) {}

  /** Schedules a job; registering a name again replaces its schedule (croner names are process-wide). */
  async register(job: ScheduledJob): Promise<void> {
    if (await this.container.resolve("scheduler").isExhausted(job.config.name, job.config.numberOfExecutions)) return;
    this.crons.get(job.config.name)?.stop();
    const cron: Cron = new Cron(job.config.schedule, { protect: true, name: job.config.name }, async () => {
      const tick = runJobTick(this.container, job);
      this.running.add(tick);
      try {
        if (!(await tick)) cron.stop();
      } finally {
        this.running.delete(tick);
      }
    });
    this.crons.set(job.config.name, cron);
  }

  async isScheduled(name: string): Promise<boolean> {
    const cron = this.crons.get(name);
    return Boolean(cron && !cron.isStopped());
  }

  async close(): Promise<void> {
    for (const cron of this.crons.values()) cron.stop();
    await Promise.allSettled([...this.running]);
  }
}
