import { Cron } from "croner";
import type { TesseraContainer } from "../container/container.ts";
import { runJobTick } from "./run-job.ts";
import type { JobScheduler, ScheduledJob } from "./types.ts";

/** Cron in this process (croner), for the embedded default. */
export class LocalJobScheduler implements JobScheduler {
  private readonly crons: Cron[] = [];
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly container: TesseraContainer) {}

  async register(job: ScheduledJob): Promise<void> {
    if (await this.container.resolve("scheduler").isExhausted(job.config.name, job.config.numberOfExecutions)) return;
    const cron: Cron = new Cron(job.config.schedule, { protect: true, name: job.config.name }, async () => {
      const tick = runJobTick(this.container, job);
      this.running.add(tick);
      try {
        if (!(await tick)) cron.stop();
      } finally {
        this.running.delete(tick);
      }
    });
    this.crons.push(cron);
  }

  async close(): Promise<void> {
    for (const cron of this.crons) cron.stop();
    await Promise.allSettled([...this.running]);
  }
}
