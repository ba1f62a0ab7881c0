import type { Redis } from "ioredis";
import { ioredis } from "../../framework/redis-packages.ts";

/** A count of recent failures under a key, and the milliseconds left in its window. */
export interface AttemptCount {
  count: number;
  ttlMs: number;
}

/** Where the login throttle keeps its counters: each key's window starts at its first failure. */
export interface AttemptCounters {
  /** The key's count, or undefined when it has none in an open window. */
  get(key: string): Promise<AttemptCount | undefined>;
  increment(key: string, windowMs: number): Promise<void>;
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

/** The embedded default: counters in this process's memory (each process counts on its own). */
export class MemoryAttemptCounters implements AttemptCounters {
  private readonly entries = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async get(key: string): Promise<AttemptCount | undefined> {
    const entry = this.entries.get(key);
    return entry && entry.resetAt > this.now() ? { count: entry.count, ttlMs: entry.resetAt - this.now() } : undefined;
  }

  async increment(key: string, windowMs: number): Promise<void> {
    const entry = this.entries.get(key);
    if (entry && entry.resetAt > this.now()) entry.count += 1;
    else this.entries.set(key, { count: 1, resetAt: this.now() + windowMs });
  }

  async reset(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async close(): Promise<void> {}
}

/**
 * Counters in Redis (with REDIS_URL), shared by every process with the same prefix: a key
 * expires with its window, so Redis forgets old failures by itself.
 */
export class RedisAttemptCounters implements AttemptCounters {
  private readonly redis: Redis;

  constructor(options: { url: string; prefix: string }) {
    this.redis = new (ioredis().Redis)(options.url, {
      keyPrefix: `${options.prefix}:login-throttle:`,
      lazyConnect: true,
      maxRetriesPerRequest: 2,
    });
  }

  async get(key: string): Promise<AttemptCount | undefined> {
    const [[, count], [, ttl]] = ((await this.redis.multi().get(key).pttl(key).exec()) ?? []) as [
      [unknown, string | null],
      [unknown, number],
    ];
    if (count === null || ttl <= 0) return undefined;
    return { count: Number(count), ttlMs: ttl };
  }

  async increment(key: string, windowMs: number): Promise<void> {
    // The first failure opens the window (SET NX with its expiry); INCR keeps the expiry.
    await this.redis.multi().set(key, 0, "PX", windowMs, "NX").incr(key).exec();
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(key);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
