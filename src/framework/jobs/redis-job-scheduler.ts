import type { Job, Queue, Worker } from "bullmq";
import type { TesseraContainer } from "../container/container.ts";
import { runJobTick } from "./run-job.ts";
import type { JobScheduler, ScheduledJob } from "./types.ts";
import { bullmq } from "../redis-packages.ts";

/**
 * The queue of one job's ticks. Each job has its own, so only the processes that registered a job
 * work its ticks: on a queue shared by every job, a process without that job (one of an older
 * deploy, or one with other jobs) took the tick, had nothing to run and completed it, and the job
 * silently missed it, every time that process was the first to ask (test/jobs.spec.ts). A
 * BullMQ queue name cannot hold ":".
 */
export const jobQueueName = (jobName: string) => `scheduled-job-${jobName.replaceAll(":", "_")}`;

/**
 * BullMQ job schedulers on Redis: one scheduler and one queue per job, so with several workers
 * each tick runs once; the database count still bounds `numberOfExecutions`.
 */
export class RedisJobScheduler implements JobScheduler {
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  private readonly jobs = new Map<string, ScheduledJob>();

  constructor(
    private readonly container: TesseraContainer,
    private readonly options: { url: string; prefix: string; runWorkers: boolean },
  ) {}

  private queueOf(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new (bullmq().Queue)(jobQueueName(name), {
        connection: { url: this.options.url, maxRetriesPerRequest: null },
        prefix: this.options.prefix,
      });
      // Connection errors repeat while Redis is away; readiness (/health/ready) reports the outage.
      queue.on("error", (error) =>
        this.container.resolve("logger").debug({ err: error, job: name }, "scheduled job queue error"),
      );
      this.queues.set(name, queue);
    }
    return queue;
  }

  async register(job: ScheduledJob): Promise<void> {
    const { name } = job.config;
    const known = this.jobs.has(name);
    this.jobs.set(name, job);
    const queue = this.queueOf(name);
    if (await this.container.resolve("scheduler").isExhausted(name, job.config.numberOfExecutions)) {
      await queue.removeJobScheduler(name);
      return;
    }
    await this.upsertScheduler(queue, job);
    if (this.options.runWorkers && !known) {
      this.workers.push(
        new (bullmq().Worker)(jobQueueName(name), (bullJob: Job) => this.tick(bullJob.name), {
          connection: { url: this.options.url, maxRetriesPerRequest: null },
          prefix: this.options.prefix,
          concurrency: 5,
        }),
      );
    }
  }

  /**
   * Processes starting together upsert the same scheduler at once; BullMQ then refuses the later
   * ones' first iteration ("job ID already exists", taskforcesh/bullmq#3085) though another
   * process just put the same schedule in place. That is success; anything else still throws.
   */
  private async upsertScheduler(queue: Queue, job: ScheduledJob): Promise<void> {
    const { name, schedule } = job.config;
    for (let attempt = 1; ; attempt++) {
      try {
        await queue.upsertJobScheduler(name, { pattern: schedule }, { name, data: {} });
        return;
      } catch (error) {
        if (!(error instanceof Error) || !error.message.includes("job ID already exists")) throw error;
        if ((await queue.getJobScheduler(name))?.pattern === schedule) return;
        if (attempt >= 5) throw error;
        await new Promise((r) => setTimeout(r, 50 * attempt));
      }
    }
  }

  private async tick(name: string): Promise<void> {
    const job = this.jobs.get(name);
    if (!job) return;
    if (!(await runJobTick(this.container, job))) await this.queueOf(name).removeJobScheduler(name);
  }

  /** The job scheduler lives in Redis: shared by every process on the prefix. */
  async isScheduled(name: string): Promise<boolean> {
    return (await this.queueOf(name).getJobScheduler(name)) !== undefined;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
