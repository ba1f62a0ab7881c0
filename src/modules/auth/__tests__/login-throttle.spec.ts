import { Redis } from "ioredis";
import { ulid } from "ulid";
import { afterAll, describe, expect, it } from "vitest";
import { MemoryAttemptCounters, RedisAttemptCounters } from "../attempt-counters.ts";
import { LoginThrottle } from "../login-throttle.ts";

const url = process.env.REDIS_URL;

// With Redis: two server processes, each with its own throttle and connection on the same Redis
// and prefix. Embedded: two throttles over one process's memory counters (one process shares them).
describe(`login throttle on ${url ? "Redis" : "memory"}`, () => {
  const prefix = `test-throttle-${ulid()}`;
  const memory = new MemoryAttemptCounters();
  const counters = () => (url ? new RedisAttemptCounters({ url, prefix }) : memory);
  const a = new LoginThrottle({ perIdentity: 3, perIp: 5, windowMs: 60_000 }, counters());
  const b = new LoginThrottle({ perIdentity: 3, perIp: 5, windowMs: 60_000 }, counters());
  const redis = url ? new Redis(url) : undefined;

  afterAll(async () => {
    const keys = (await redis?.keys(`${prefix}:*`)) ?? [];
    if (keys.length) await redis?.del(...keys);
    await Promise.all([a.close(), b.close()]);
    redis?.disconnect();
  });

  it("shares counters between instances: failures seen by one lock the identity out on the other", async () => {
    await a.fail("ann@example.com", "10.0.0.1");
    await b.fail("ann@example.com", "10.0.0.2");
    expect(await a.retryAfter("ann@example.com", "10.0.0.3")).toBe(0);
    await a.fail("ann@example.com", "10.0.0.3");
    const wait = await b.retryAfter("ann@example.com", "10.0.0.4");
    expect(wait).toBeGreaterThan(55);
    expect(wait).toBeLessThanOrEqual(60);
    // A success on either clears the identity for both.
    await a.succeed("ann@example.com");
    expect(await b.retryAfter("ann@example.com", "10.0.0.4")).toBe(0);
  });

  it("locks out an IP spraying many emails; on Redis each counter keeps the window's expiry under the prefix, with no email or IP in the key", async () => {
    for (let i = 0; i < 5; i++) await (i % 2 ? a : b).fail(`spray-${i}@example.com`, "10.0.0.9");
    expect(await a.retryAfter("fresh@example.com", "10.0.0.9")).toBeGreaterThan(0);
    expect(await b.retryAfter("fresh@example.com", "10.0.0.10")).toBe(0);
    if (!redis) return;
    const keys = await redis.keys(`${prefix}:login-throttle:*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(" ")).not.toMatch(/example\.com|10\.0\.0/);
    for (const key of keys) {
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    }
  });
});
