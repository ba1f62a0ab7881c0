import type { Job, Queue, Worker } from "bullmq";
import type { TesseraContainer } from "../container/container.ts";
import { runJobTick } from "./run-job.ts";
import type { JobScheduler, ScheduledJob } from "./types.ts";
import { bullmq } from "../redis-packages.ts";

/**
 * BullMQ job schedulers on Redis: one scheduler per job, so with several workers each tick runs
 * once; the database count still bounds `numberOfExecutions`.
 */
export class RedisJobScheduler implements JobScheduler {
  private readonly queue: Queue;
  private worker?: Worker;
  private readonly jobs = new Map<string, ScheduledJob>();

  constructor(
    private readonly container: TesseraContainer,
    private readonly options: { url: string; prefix: string; runWorkers: boolean },
  ) {
    this.queue = new (bullmq().Queue)("scheduled-jobs", {
      connection: { url: options.url, maxRetriesPerRequest: null },
      prefix: options.prefix,
    });
    // Connection errors repeat while Redis is away; readiness (/health/ready) reports the outage.
    this.queue.on("error", (error) => container.resolve("logger").debug({ err: error }, "scheduled-jobs queue error"));
  }

  async register(job: ScheduledJob): Promise<void> {
    this.jobs.set(job.config.name, job);
    if (await this.container.resolve("scheduler").isExhausted(job.config.name, job.config.numberOfExecutions)) {
      await this.queue.removeJobScheduler(job.config.name);
      return;
    }
    await this.upsertScheduler(job);
    if (this.options.runWorkers && !this.worker) {
      this.worker = new (bullmq().Worker)("scheduled-jobs", (bullJob: Job) => this.tick(bullJob.name), {
        connection: { url: this.options.url, maxRetriesPerRequest: null },
        prefix: this.options.prefix,
        concurrency: 5,
      });
    }
  }

  /**
   * Processes starting together upsert the same scheduler at once; BullMQ then refuses the later
   * ones' first iteration ("job ID already exists", taskforcesh/bullmq#3085) though another
   * process just put the same schedule in place. That is success; anything else still throws.
   */
  private async upsertScheduler(job: ScheduledJob): Promise<void> {
    const { name, schedule } = job.config;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.queue.upsertJobScheduler(name, { pattern: schedule }, { name, data: {} });
        return;
      } catch (error) {
        if (!(error instanceof Error) || !error.message.includes("job ID already exists")) throw error;
        if ((await this.queue.getJobScheduler(name))?.pattern === schedule) return;
        if (attempt >= 5) throw error;
        await new Promise((r) => setTimeout(r, 50 * attempt));
      }
    }
  }

  private async tick(name: string): Promise<void> {
    const job = this.jobs.get(name);
    if (!job) return;
    if (!(await runJobTick(this.container, job))) await this.queue.removeJobScheduler(name);
  }

  /** The job scheduler lives in Redis: shared by every process on the prefix. */
  async isScheduled(name: string): Promise<boolean> {
    return (await this.queue.getJobScheduler(name)) !== undefined;
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }
}
