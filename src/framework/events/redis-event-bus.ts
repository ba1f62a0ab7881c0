import type { Job, Queue, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { TesseraContainer } from "../container/container.ts";
import { recordFailure } from "./deliver.ts";
import type { EventTransport } from "./outbox-event-bus.ts";
import type { OutboxEntry } from "./outbox.ts";
import { DeliveredStream } from "./delivered-stream.ts";
import type { EmitOptions, EventMessage, Subscription } from "./types.ts";
import { bullmq, ioredis } from "../redis-packages.ts";

type Delivery = { event: EventMessage; subscriberId: string };

/** Job ids of relayed outbox entries: a second hand-over of one entry adds no second job. */
const OUTBOX_JOB = "outbox-";
/** How long a relay may wait for Redis to take a batch before it backs off and retries. */
const RELAY_TIMEOUT_MS = 5_000;

/**
 * The event bus on Redis (BullMQ). An emitted event is one job; the worker that takes it fans it
 * out into one delivery job per subscriber, so each subscriber is retried on its own (attempts,
 * exponential backoff) and a delivery that keeps failing stays in `event_failure`. Delivered
 * events are also appended to a Redis stream so every server's GraphQL subscriptions see them.
 * Events come from the outbox (`relay`); the fan-out confirms them, so an entry Redis lost in a
 * restart before it was fanned out is handed over again.
 */
export class RedisEventBus implements EventTransport {
  private readonly redis: Redis;
  private readonly producer: Redis;
  private readonly events: Queue;
  private readonly deliveries: Queue;
  private readonly workers: Worker[] = [];
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly delivered: DeliveredStream;
  confirm?: (ids: string[]) => Promise<void>;

  constructor(
    private readonly container: TesseraContainer,
    private readonly options: { url: string; prefix: string; runWorkers: boolean },
  ) {
    this.redis = new (ioredis().Redis)(options.url, { maxRetriesPerRequest: null });
    this.redis.on("error", () => undefined);
    // Relaying fails at once while Redis is away (the outbox retries) instead of queueing.
    this.producer = new (ioredis().Redis)(options.url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.producer.on("error", () => undefined);
    this.events = new (bullmq().Queue)("events", { connection: this.producer, prefix: options.prefix });
    this.events.on("error", () => undefined);
    this.deliveries = new (bullmq().Queue)("event-deliveries", { connection: this.redis, prefix: options.prefix });
    this.deliveries.on("error", () => undefined);
    this.delivered = new DeliveredStream(options.url, `${options.prefix}:events:delivered`);
  }

  async relay(entries: OutboxEntry[]): Promise<void> {
    if (this.producer.status !== "ready") throw new Error(`Redis is ${this.producer.status}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Redis did not take the events within ${RELAY_TIMEOUT_MS} ms`)),
        RELAY_TIMEOUT_MS,
      );
    });
    const added = this.events.addBulk(
      entries.map(({ id, event }) => ({
        name: event.name,
        data: event,
        // Kept an hour after completion so a repeated hand-over (a lost reply) is recognised.
        opts: { jobId: `${OUTBOX_JOB}${id}`, removeOnComplete: { age: 3600 }, removeOnFail: 1000 },
      })),
    );
    await Promise.race([added, timeout]).finally(() => clearTimeout(timer));
  }

  /** Starts this process's share of the work (worker and shared roles). */
  startWorkers(): void {
    if (!this.options.runWorkers || this.workers.length) return;
    const connection = { url: this.options.url, maxRetriesPerRequest: null };
    // The worker keeps its connection waiting while Redis is away and resumes when it returns.
    this.workers.push(
      new (bullmq().Worker)("events", (job) => this.fanOut(job), {
        connection,
        prefix: this.options.prefix,
        concurrency: 5,
      }),
      new (bullmq().Worker)("event-deliveries", (job: Job<Delivery>) => this.deliver(job), {
        connection,
        prefix: this.options.prefix,
        concurrency: 5,
      }),
    );
    for (const worker of this.workers) worker.on("error", () => undefined);
    const deliveryWorker = this.workers[1];
    deliveryWorker?.on("failed", (job, error) => {
      if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
      void recordFailure(
        this.container,
        { subscriberId: job.data.subscriberId },
        job.data.event,
        job.attemptsMade,
        error,
      );
    });
  }

  async emit(events: EventMessage | EventMessage[], options: EmitOptions = {}): Promise<void> {
    const list = Array.isArray(events) ? events : [events];
    if (!list.length) return;
    if (options.groupId) {
      await this.redis.rpush(this.groupKey(options.groupId), ...list.map((e) => JSON.stringify(e)));
      await this.redis.expire(this.groupKey(options.groupId), 24 * 3600);
      return;
    }
    await this.events.addBulk(
      list.map((event) => ({
        name: event.name,
        data: event,
        opts: { delay: options.delay, removeOnComplete: true, removeOnFail: 1000 },
      })),
    );
  }

  subscribe(subscription: Subscription): void {
    this.subscriptions.set(subscription.subscriberId, subscription);
  }

  async releaseGroupedEvents(groupId: string): Promise<void> {
    const key = this.groupKey(groupId);
    const [[, held]] = (await this.redis.multi().lrange(key, 0, -1).del(key).exec()) as [[unknown, string[]], unknown];
    await this.emit(held.map((e) => JSON.parse(e) as EventMessage));
  }

  async clearGroupedEvents(groupId: string): Promise<void> {
    await this.redis.del(this.groupKey(groupId));
  }

  onDelivered(listener: (event: EventMessage) => void): () => void {
    return this.delivered.listen(listener);
  }

  async drain(): Promise<void> {
    const pending = async (queue: Queue) =>
      Object.values(await queue.getJobCounts("waiting", "active", "delayed", "prioritized")).reduce((a, b) => a + b, 0);
    // Events first, then deliveries: a fan-out adds its deliveries before its event job completes,
    // so once no event is pending every delivery it made is counted. Read together (or the other
    // way round), a fan-out finishing between the two reads would go unseen.
    while ((await pending(this.events)) || (await pending(this.deliveries))) {
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    await this.events.close().catch(() => undefined);
    await this.deliveries.close().catch(() => undefined);
    this.delivered.close();
    this.producer.disconnect();
    await this.redis.quit().catch(() => undefined);
  }

  private groupKey(groupId: string): string {
    return `${this.options.prefix}:event-group:${groupId}`;
  }

  /** Every subscriber of the event gets its own delivery job; the event is announced once. */
  private async fanOut(job: Job<EventMessage>): Promise<void> {
    const event = job.data;
    await this.delivered.append(this.redis, event);
    const matching = [...this.subscriptions.values()].filter(
      (s) => s.events.includes(event.name) || s.events.includes("*"),
    );
    await this.deliveries.addBulk(
      matching.map((s) => ({
        name: `${event.name}:${s.subscriberId}`,
        data: { event, subscriberId: s.subscriberId },
        opts: {
          attempts: s.attempts,
          backoff: { type: "exponential", delay: s.backoff },
          removeOnComplete: true,
          removeOnFail: 1000,
        },
      })),
    );
    if (job.id?.startsWith(OUTBOX_JOB)) await this.confirm?.([job.id.slice(OUTBOX_JOB.length)]);
  }

  private async deliver(job: Job<Delivery>): Promise<void> {
    const subscription = this.subscriptions.get(job.data.subscriberId);
    if (!subscription) throw new Error(`No subscriber ${job.data.subscriberId} in this worker`);
    await subscription.handler({ event: job.data.event, container: this.container.createScope() });
  }
}
