import { Queue, QueueEvents, Worker } from "bullmq";
import { Redis } from "ioredis";
import { ulid } from "ulid";
import type { Execution } from "./execution.ts";
import type { Executor } from "./executor.ts";
import type { RunContext, WorkflowEvent } from "./run-context.ts";

/** One unit of work on the queue: run the next stage of (or compensate) an execution. */
export interface QueuedWork {
  workflowId: string;
  transactionId: string;
  action: "advance" | "compensate";
}

export interface BullmqExecutorOptions {
  redisUrl: string;
  /** Redis key prefix: processes sharing it share the work. */
  prefix: string;
  /** Run a worker in this process (false for `workerMode: "server"`). */
  runWorker: boolean;
  /** Runs one job; returns the follow-up delay when more work remains, else undefined. */
  process(work: QueuedWork): Promise<number | undefined>;
  load(workflowId: string, transactionId: string): Promise<Execution | undefined>;
  /** How long a worker holds a job before others may take it over (ms). Default 30 s. */
  lockDurationMs?: number;
}

const QUEUE = "workflows";
export const isSettled = (status: Execution["status"]) => status !== "invoking" && status !== "compensating";
const keyOf = (workflowId: string, transactionId: string) => `${encodeURIComponent(workflowId)}|${encodeURIComponent(transactionId)}`;

/**
 * Steps run as BullMQ jobs: each job runs one stage of an execution and enqueues the next, a retry
 * is a delayed job, and a worker that dies mid-step loses its lock so another takes the job over.
 */
export class BullmqExecutor implements Executor {
  private readonly options: BullmqExecutorOptions;
  private readonly connections: Redis[] = [];
  private readonly queue: Queue;
  private readonly events: QueueEvents;
  private readonly worker?: Worker;
  private readonly waiters = new Map<string, Set<() => void>>();
  private readonly publisher: Redis;
  private readonly origin = ulid();
  private closed = false;
  /** Called with events published by other processes (their workers ran the steps). */
  onRemoteEvent?: (event: WorkflowEvent) => void;

  constructor(options: BullmqExecutorOptions) {
    this.options = options;
    const connection = () => {
      const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
      this.connections.push(redis);
      return redis;
    };
    this.queue = new Queue(QUEUE, { connection: connection(), prefix: options.prefix });
    this.events = new QueueEvents(QUEUE, { connection: connection(), prefix: options.prefix });
    const wake = ({ jobId }: { jobId: string }) => {
      for (const check of this.waiters.get(jobId.split("|").slice(0, 2).join("|")) ?? []) check();
    };
    this.publisher = connection();
    const listener = connection();
    void listener.subscribe(`${options.prefix}:workflow-events`);
    listener.on("message", (_channel: string, message: string) => {
      const { origin, event } = JSON.parse(message) as { origin: string; event: WorkflowEvent };
      if (origin !== this.origin) this.onRemoteEvent?.(event);
    });
    this.events.on("completed", wake);
    this.events.on("failed", wake);
    if (options.runWorker) {
      const lockDuration = options.lockDurationMs ?? 30_000;
      this.worker = new Worker<QueuedWork>(QUEUE, async (job) => {
        const delay = await options.process(job.data);
        if (delay !== undefined) await this.enqueue({ ...job.data, action: "advance" }, delay);
      }, { connection: connection(), prefix: options.prefix, concurrency: 20, lockDuration, stalledInterval: Math.max(500, lockDuration / 2) });
    }
  }

  /** Forwards an event to the other processes' subscribers (this process delivered it already). */
  async publish(event: WorkflowEvent): Promise<void> {
    await this.publisher.publish(`${this.options.prefix}:workflow-events`, JSON.stringify({ origin: this.origin, event }));
  }

  async enqueue(work: QueuedWork, delayMs = 0): Promise<void> {
    await this.queue.add(work.action, work, {
      jobId: `${keyOf(work.workflowId, work.transactionId)}|${ulid()}`,
      delay: delayMs, removeOnComplete: true, removeOnFail: 1000,
    });
  }

  async drive(run: RunContext, action: QueuedWork["action"]): Promise<void> {
    const { workflowId, transactionId } = run.execution;
    const settled = this.waitSettled(workflowId, transactionId);
    await this.enqueue({ workflowId, transactionId, action });
    Object.assign(run.execution, await settled);
  }

  /** Resolves with the execution once it is finished or waiting (completion events, and a slow poll as a safety net). */
  waitSettled(workflowId: string, transactionId: string): Promise<Execution> {
    const key = keyOf(workflowId, transactionId);
    return new Promise((resolve, reject) => {
      const set = this.waiters.get(key) ?? new Set();
      this.waiters.set(key, set);
      let busy = false;
      const check = async () => {
        if (this.closed) return finish(() => reject(new Error("The workflow executor was closed")));
        if (busy) return;
        busy = true;
        const execution = await this.options.load(workflowId, transactionId).finally(() => { busy = false; });
        if (execution && isSettled(execution.status)) finish(() => resolve(execution));
      };
      const timer = setInterval(() => void check().catch(reject), 250);
      const finish = (settle: () => void) => {
        clearInterval(timer);
        set.delete(wrapped);
        settle();
      };
      const wrapped = () => void check().catch(reject);
      set.add(wrapped);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const set of this.waiters.values()) for (const check of set) check();
    // Not waiting for running jobs: one cut short is taken over by another worker once its lock
    // expires, and its completed steps are not run again.
    await this.worker?.close(true);
    await this.events.close();
    await this.queue.close();
    for (const redis of this.connections) redis.disconnect();
  }
}
