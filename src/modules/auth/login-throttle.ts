/** Limits of the login throttle (auth module options `loginThrottle`). */
export interface LoginThrottleOptions {
  /** Failed attempts allowed per identity (email) per window. Default 5. */
  perIdentity?: number;
  /** Failed attempts allowed per client IP per window. Default 20. */
  perIp?: number;
  /** The window in milliseconds. Default 15 minutes. */
  windowMs?: number;
}

/**
 * Counts failed logins per identity and per IP in a fixed window, in memory (per process: with
 * several server processes each one counts on its own; a Redis counter can replace it).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();
  private readonly perIdentity: number;
  private readonly perIp: number;
  private readonly windowMs: number;

  constructor(options: LoginThrottleOptions = {}, private readonly now: () => number = Date.now) {
    this.perIdentity = options.perIdentity ?? 5;
    this.perIp = options.perIp ?? 20;
    this.windowMs = options.windowMs ?? 15 * 60 * 1000;
  }

  /** Seconds to wait when either key is over its limit, else 0. */
  retryAfter(identity: string, ip: string): number {
    const waits = [[`id:${identity}`, this.perIdentity], [`ip:${ip}`, this.perIp]].map(([key, limit]) => {
      const entry = this.failures.get(key as string);
      if (!entry || entry.resetAt <= this.now()) return 0;
      return entry.count >= (limit as number) ? Math.ceil((entry.resetAt - this.now()) / 1000) : 0;
    });
    return Math.max(...waits);
  }

  fail(identity: string, ip: string): void {
    for (const key of [`id:${identity}`, `ip:${ip}`]) {
      const entry = this.failures.get(key);
      if (!entry || entry.resetAt <= this.now()) this.failures.set(key, { count: 1, resetAt: this.now() + this.windowMs });
      else entry.count += 1;
    }
  }

  /** A successful login clears the identity's count (not the IP's). */
  succeed(identity: string): void {
    this.failures.delete(`id:${identity}`);
  }
}
