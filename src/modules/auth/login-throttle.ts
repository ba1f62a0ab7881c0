import { createHash } from "node:crypto";
import { MemoryAttemptCounters, type AttemptCounters } from "./attempt-counters.ts";

/** Limits of the login throttle (auth module options `loginThrottle`). */
export interface LoginThrottleOptions {
  /** Failed attempts allowed per identity (email) per window. Default 5. */
  perIdentity?: number;
  /** Failed attempts allowed per client IP per window. Default 20. */
  perIp?: number;
  /** The window in milliseconds. Default 15 minutes. */
  windowMs?: number;
}

// Keys name no email or address in clear (Redis is often shared and dumped).
const keyOf = (kind: "id" | "ip", value: string) =>
  `${kind}:${createHash("sha256").update(value).digest("hex").slice(0, 32)}`;

/**
 * Counts failed logins per identity and per IP in a fixed window. The identity is whatever
 * the caller typed: an unknown email counts and locks exactly like a known one. Counters live in
 * memory, or in Redis when REDIS_URL is set (shared by all server processes).
 */
export class LoginThrottle {
  private readonly perIdentity: number;
  private readonly perIp: number;
  private readonly windowMs: number;

  constructor(
    options: LoginThrottleOptions = {},
    private readonly counters: AttemptCounters = new MemoryAttemptCounters(),
  ) {
    this.perIdentity = options.perIdentity ?? 5;
    this.perIp = options.perIp ?? 20;
    this.windowMs = options.windowMs ?? 15 * 60 * 1000;
  }

  /** Seconds to wait when either key is over its limit, else 0. */
  async retryAfter(identity: string, ip: string): Promise<number> {
    const waits = await Promise.all(
      (
        [
          [keyOf("id", identity), this.perIdentity],
          [keyOf("ip", ip), this.perIp],
        ] as const
      ).map(async ([key, limit]) => {
        const entry = await this.counters.get(key);
        return entry && entry.count >= limit ? Math.ceil(entry.ttlMs / 1000) : 0;
      }),
    );
    return Math.max(...waits);
  }

  async fail(identity: string, ip: string): Promise<void> {
    await Promise.all(
      [keyOf("id", identity), keyOf("ip", ip)].map((key) => this.counters.increment(key, this.windowMs)),
    );
  }

  /** Counts an attempt against the identity alone (a registration: it caps the mails one address is sent). */
  async countIdentity(identity: string): Promise<void> {
    await this.counters.increment(keyOf("id", identity), this.windowMs);
  }

  /** A successful login clears the identity's count (not the IP's). */
  async succeed(identity: string): Promise<void> {
    await this.counters.reset(keyOf("id", identity));
  }

  close(): Promise<void> {
    return this.counters.close();
  }
}
