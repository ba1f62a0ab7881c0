import { Queue, Worker, type Job } from "bullmq";
import type { TesseraContainer } from "../container/container.ts";
import { runJobTick } from "./run-job.ts";
import type { JobScheduler, ScheduledJob } from "./types.ts";

/**
 * BullMQ job schedulers on Redis: one scheduler per job, so with several workers each tick runs
 * once; the database count still bounds `numberOfExecutions`.
 */
export class RedisJobScheduler implements JobScheduler {
  private readonly queue: Queue;
  private worker?: Worker;
  private readonly jobs = new Map<string, ScheduledJob>();

  constructor(private readonly container: TesseraContainer, private readonly options: { url: string; prefix: string; runWorkers: boolean }) {
    this.queue = new Queue("scheduled-jobs", { connection: { url: options.url, maxRetriesPerRequest: null }, prefix: options.prefix });
  }

  async register(job: ScheduledJob): Promise<void> {
    this.jobs.set(job.config.name, job);
    if (await this.container.resolve("scheduler").isExhausted(job.config.name, job.config.numberOfExecutions)) {
      await this.queue.removeJobScheduler(job.config.name);
      return;
    }
    await this.queue.upsertJobScheduler(job.config.name, { pattern: job.config.schedule }, { name: job.config.name, data: {} });
    if (this.options.runWorkers && !this.worker) {
      this.worker = new Worker("scheduled-jobs", (bullJob: Job) => this.tick(bullJob.name), {
        connection: { url: this.options.url, maxRetriesPerRequest: null }, prefix: this.options.prefix, concurrency: 5,
      });
    }
  }

  private async tick(name: string): Promise<void> {
    const job = this.jobs.get(name);
    if (!job) return;
    if (!(await runJobTick(this.container, job))) await this.queue.removeJobScheduler(name);
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }
}
