import type { Queue, QueueEvents, Worker } from "bullmq";
import type { Redis } from "ioredis";
import { ulid } from "ulid";
import { backgroundWork } from "../database/background-work.ts";
import { TesseraError } from "../errors/tessera-error.ts";
import { retryPending, type Execution } from "./execution.ts";
import type { Executor } from "./executor.ts";
import { getWorkflow } from "./registry.ts";
import type { RunContext, WorkflowEvent } from "./run-context.ts";
import { bullmq, ioredis } from "../redis-packages.ts";

/** One unit of work on the queue: run the next stage of (or compensate, or time out) an execution. */
export interface QueuedWork {
  workflowId: string;
  transactionId: string;
  /** `timeout`: the deadline of a run left waiting on an async step. */
  action: "advance" | "compensate" | "timeout";
}

/** What a job leaves to do later: the next stage or a retry, the deadline of a waiting run. */
export interface FollowUpJobs {
  advanceInMs?: number;
  timeoutInMs?: number;
}

export interface BullmqExecutorOptions {
  redisUrl: string;
  /** Redis key prefix: processes sharing it share the work. */
  prefix: string;
  /** Run a worker in this process (false for `workerMode: "server"`), once `start()` is called. */
  runWorker: boolean;
  /** Runs one job; returns the follow-up jobs' delays, if any. */
  process(work: QueuedWork): Promise<FollowUpJobs | undefined>;
  load(workflowId: string, transactionId: string): Promise<Execution | undefined>;
  /** How long a worker holds a job before others may take it over (ms). Default 30 s. */
  lockDurationMs?: number;
  /** How long an enqueue may wait for Redis before the run fails as unavailable (ms). Default 3 s. */
  enqueueTimeoutMs?: number;
}

const QUEUE = "workflows";
/** A job of a workflow this process has not registered (yet) is tried again after this delay. */
const UNKNOWN_WORKFLOW_RETRY_MS = 1_000;
export const isSettled = (status: Execution["status"]) => status !== "invoking" && status !== "compensating";
const keyOf = (workflowId: string, transactionId: string) =>
  `${encodeURIComponent(workflowId)}|${encodeURIComponent(transactionId)}`;

/** Resolves once the connection is ready, or rejects after `ms`. */
function whenReady(redis: Redis, ms: number): Promise<void> {
  if (redis.status === "ready") return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off("ready", onReady);
      reject(new Error(`Redis not ready after ${ms} ms`));
    }, ms);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once("ready", onReady);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Steps run as BullMQ jobs: each job runs one stage of an execution and enqueues the next, a retry
 * is a delayed job, and a worker that dies mid-step loses its lock so another takes the job over.
 */
export class BullmqExecutor implements Executor {
  private readonly options: BullmqExecutorOptions;
  private readonly connections: Redis[] = [];
  private readonly producer: Redis;
  private readonly queue: Queue;
  private readonly events: QueueEvents;
  private worker?: Worker;
  private readonly waiters = new Map<string, Set<() => void>>();
  private readonly publisher: Redis;
  private readonly origin = ulid();
  private closed = false;
  /** Called with events published by other processes (their workers ran the steps). */
  onRemoteEvent?: (event: WorkflowEvent) => void;

  constructor(options: BullmqExecutorOptions) {
    this.options = options;
    const connection = (failFast = false) => {
      // Producer connections fail a command at once while Redis is away instead of queueing it
      // for ever: a mutation answers SERVICE_UNAVAILABLE rather than hang.
      const redis = new (ioredis().Redis)(
        options.redisUrl,
        failFast ? { maxRetriesPerRequest: 1, enableOfflineQueue: false } : { maxRetriesPerRequest: null },
      );
      redis.on("error", () => undefined); // reconnects by itself; readiness reports the outage
      this.connections.push(redis);
      return redis;
    };
    this.producer = connection(true);
    this.queue = new (bullmq().Queue)(QUEUE, { connection: this.producer, prefix: options.prefix });
    this.queue.on("error", () => undefined);
    this.events = new (bullmq().QueueEvents)(QUEUE, { connection: connection(), prefix: options.prefix });
    this.events.on("error", () => undefined);
    const wake = ({ jobId }: { jobId: string }) => {
      for (const check of this.waiters.get(jobId.split("|").slice(0, 2).join("|")) ?? []) check();
    };
    this.publisher = connection(true);
    const listener = connection();
    void listener.subscribe(`${options.prefix}:workflow-events`).catch(() => undefined);
    listener.on("message", (_channel: string, message: string) => {
      const { origin, event } = JSON.parse(message) as { origin: string; event: WorkflowEvent };
      if (origin !== this.origin) this.onRemoteEvent?.(event);
    });
    this.events.on("completed", wake);
    this.events.on("failed", wake);
  }

  /**
   * Starts taking jobs (worker and shared roles). Called once every workflow is registered: a
   * worker that took jobs earlier would fail runs of workflows it had not loaded yet.
   */
  start(): void {
    if (!this.options.runWorker || this.worker || this.closed) return;
    const lockDuration = this.options.lockDurationMs ?? 30_000;
    this.worker = new (bullmq().Worker)<QueuedWork>(
      QUEUE,
      async (job) => {
        // Another process of a newer release may enqueue a workflow this one lacks: leave the run
        // to a worker that knows it (or to this one once it does) instead of failing it.
        if (!getWorkflow(job.data.workflowId)) return this.enqueue(job.data, UNKNOWN_WORKFLOW_RETRY_MS);
        const next = await this.options.process(job.data);
        if (next?.advanceInMs !== undefined) await this.enqueue({ ...job.data, action: "advance" }, next.advanceInMs);
        if (next?.timeoutInMs !== undefined) await this.enqueue({ ...job.data, action: "timeout" }, next.timeoutInMs);
      },
      {
        connection: { url: this.options.redisUrl, maxRetriesPerRequest: null },
        prefix: this.options.prefix,
        concurrency: 20,
        lockDuration,
        stalledInterval: Math.max(500, lockDuration / 2),
      },
    );
    this.worker.on("error", () => undefined);
  }

  /** Forwards an event to the other processes' subscribers (best effort: progress, not state). */
  async publish(event: WorkflowEvent): Promise<void> {
    if (this.publisher.status !== "ready") return;
    await this.publisher
      .publish(`${this.options.prefix}:workflow-events`, JSON.stringify({ origin: this.origin, event }))
      .catch(() => undefined);
  }

  /** Adds a job; throws an UNAVAILABLE TesseraError when Redis does not take it in time. */
  async enqueue(work: QueuedWork, delayMs = 0): Promise<void> {
    const timeoutMs = this.options.enqueueTimeoutMs ?? 3_000;
    const jobId = `${keyOf(work.workflowId, work.transactionId)}|${ulid()}`;
    try {
      await whenReady(this.producer, timeoutMs);
      await withTimeout(
        this.queue.add(work.action, work, { jobId, delay: delayMs, removeOnComplete: true, removeOnFail: 1000 }),
        timeoutMs,
      );
      // The execution's current job: the sweeper asks whether it is still queued before resuming.
      await withTimeout(this.producer.set(this.chainKey(work), jobId, "EX", 7 * 86_400), timeoutMs);
    } catch (error) {
      throw new TesseraError(
        TesseraError.Types.UNAVAILABLE,
        "The workflow queue (Redis) is unavailable; try again shortly",
        { cause: error },
      );
    }
  }

  /** Whether a job of the execution is waiting, delayed or running: then it is not stuck. */
  async hasLiveJob(workflowId: string, transactionId: string): Promise<boolean> {
    const jobId = await withTimeout(this.producer.get(this.chainKey({ workflowId, transactionId })), 3_000);
    if (!jobId) return false;
    const state = await withTimeout(this.queue.getJobState(jobId), 3_000);
    return (
      state === "waiting" ||
      state === "delayed" ||
      state === "active" ||
      state === "prioritized" ||
      state === "waiting-children"
    );
  }

  async drive(run: RunContext, action: "advance" | "compensate"): Promise<void> {
    const { workflowId, transactionId } = run.execution;
    // Enqueued first so an unavailable queue fails the call at once; the wait polls the store
    // too, so a job finishing before the waiter registers is still seen.
    await this.enqueue({ workflowId, transactionId, action });
    Object.assign(run.execution, await this.waitSettled(workflowId, transactionId));
  }

  /**
   * Resolves with the execution once it is finished, waiting, or parked for a retry (completion
   * events, and a slow poll as a safety net).
   */
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
        // The waiter's polling is the executor's own, as often as timing makes it: never counted
        // as the statements of the request that waits.
        const execution = await backgroundWork(() => this.options.load(workflowId, transactionId)).finally(() => {
          busy = false;
        });
        if (execution && (isSettled(execution.status) || retryPending(execution))) finish(() => resolve(execution));
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
    // Bounded: closing waits on connections that, while Redis is away, may never come up.
    const graceful = Promise.all([this.events.close(), this.queue.close()]).catch(() => undefined);
    await withTimeout(graceful, 2_000).catch(() => undefined);
    for (const redis of this.connections) redis.disconnect();
  }

  private chainKey(work: Pick<QueuedWork, "workflowId" | "transactionId">): string {
    return `${this.options.prefix}:workflow-chain:${keyOf(work.workflowId, work.transactionId)}`;
  }
}
