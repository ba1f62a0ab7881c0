import { Redis } from "ioredis";
import { ulid } from "ulid";
import { afterAll, describe, expect, it } from "vitest";
import { RedisAttemptCounters } from "../attempt-counters.ts";
import { LoginThrottle } from "../login-throttle.ts";

const url = process.env.REDIS_URL;

describe.skipIf(!url)("login throttle on Redis", () => {
  const prefix = `test-throttle-${ulid()}`;
  // Two server processes: each has its own throttle and connection, on the same Redis and prefix.
  const a = new LoginThrottle({ perIdentity: 3, perIp: 5, windowMs: 60_000 }, new RedisAttemptCounters({ url: url ?? "", prefix }));
  const b = new LoginThrottle({ perIdentity: 3, perIp: 5, windowMs: 60_000 }, new RedisAttemptCounters({ url: url ?? "", prefix }));
  const redis = new Redis(url ?? "");

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await Promise.all([a.close(), b.close()]);
    redis.disconnect();
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

  it("keeps each counter with the window's expiry, under the configured prefix, with no email or IP in the key", async () => {
    for (let i = 0; i < 5; i++) await (i % 2 ? a : b).fail(`spray-${i}@example.com`, "10.0.0.9");
    expect(await a.retryAfter("fresh@example.com", "10.0.0.9")).toBeGreaterThan(0);
    expect(await b.retryAfter("fresh@example.com", "10.0.0.10")).toBe(0);
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
