import { Queue, Worker, type Job } from "bullmq";
import { Redis } from "ioredis";
import type { TesseraContainer } from "../container/container.ts";
import { recordFailure } from "./deliver.ts";
import type { EmitOptions, EventBus, EventMessage, Subscription } from "./types.ts";

type Delivery = { event: EventMessage; subscriberId: string };

/**
 * The event bus on Redis (BullMQ). An emitted event is one job; the worker that takes it fans it
 * out into one delivery job per subscriber, so each subscriber is retried on its own (attempts,
 * exponential backoff) and a delivery that keeps failing stays in `event_failure`. Delivered
 * events are also published on a Redis channel so every server's GraphQL subscriptions see them.
 */
export class RedisEventBus implements EventBus {
  private readonly redis: Redis;
  private readonly subscriber: Redis;
  private readonly events: Queue;
  private readonly deliveries: Queue;
  private readonly workers: Worker[] = [];
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly listeners = new Set<(event: EventMessage) => void>();
  private readonly channel: string;

  constructor(private readonly container: TesseraContainer, private readonly options: { url: string; prefix: string; runWorkers: boolean }) {
    this.redis = new Redis(options.url, { maxRetriesPerRequest: null });
    this.subscriber = new Redis(options.url, { maxRetriesPerRequest: null });
    const connection = this.redis;
    this.events = new Queue("events", { connection, prefix: options.prefix });
    this.deliveries = new Queue("event-deliveries", { connection, prefix: options.prefix });
    this.channel = `${options.prefix}:events:delivered`;
    void this.subscriber.subscribe(this.channel);
    this.subscriber.on("message", (_channel, message: string) => {
      const event = JSON.parse(message) as EventMessage;
      for (const listener of this.listeners) listener(event);
    });
  }

  /** Starts this process's share of the work (worker and shared roles). */
  startWorkers(): void {
    if (!this.options.runWorkers || this.workers.length) return;
    const connection = { url: this.options.url, maxRetriesPerRequest: null };
    this.workers.push(
      new Worker("events", (job) => this.fanOut(job), { connection, prefix: this.options.prefix, concurrency: 5 }),
      new Worker("event-deliveries", (job: Job<Delivery>) => this.deliver(job), { connection, prefix: this.options.prefix, concurrency: 5 }),
    );
    const deliveryWorker = this.workers[1];
    deliveryWorker?.on("failed", (job, error) => {
      if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
      void recordFailure(this.container, { subscriberId: job.data.subscriberId }, job.data.event, job.attemptsMade, error);
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
    await this.events.addBulk(list.map((event) => ({ name: event.name, data: event, opts: { delay: options.delay, removeOnComplete: true, removeOnFail: 1000 } })));
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
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async drain(): Promise<void> {
    for (;;) {
      const [events, deliveries] = await Promise.all([this.events.getJobCounts("waiting", "active", "delayed", "prioritized"), this.deliveries.getJobCounts("waiting", "active", "delayed", "prioritized")]);
      const pending = [...Object.values(events), ...Object.values(deliveries)].reduce((a, b) => a + b, 0);
      if (!pending) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    await this.events.close();
    await this.deliveries.close();
    await this.subscriber.quit();
    await this.redis.quit();
  }

  private groupKey(groupId: string): string {
    return `${this.options.prefix}:event-group:${groupId}`;
  }

  /** Every subscriber of the event gets its own delivery job; the event is announced once. */
  private async fanOut(job: Job<EventMessage>): Promise<void> {
    const event = job.data;
    await this.redis.publish(this.channel, JSON.stringify(event));
    const matching = [...this.subscriptions.values()].filter((s) => s.events.includes(event.name) || s.events.includes("*"));
    await this.deliveries.addBulk(matching.map((s) => ({
      name: `${event.name}:${s.subscriberId}`,
      data: { event, subscriberId: s.subscriberId },
      opts: { attempts: s.attempts, backoff: { type: "exponential", delay: s.backoff }, removeOnComplete: true, removeOnFail: 1000 },
    })));
  }

  private async deliver(job: Job<Delivery>): Promise<void> {
    const subscription = this.subscriptions.get(job.data.subscriberId);
    if (!subscription) throw new Error(`No subscriber ${job.data.subscriberId} in this worker`);
    await subscription.handler({ event: job.data.event, container: this.container.createScope() });
  }
}
