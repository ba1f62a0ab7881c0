import type { EventBus } from "../events/types.ts";

export interface EventCacheOptions {
  /** Event names whose delivery drops every entry: any of them may change any cached answer. */
  events: readonly string[];
  /**
   * An entry's longest life in milliseconds (default 60 s): the bound on staleness when an
   * invalidating event never reaches this process (Redis down, a write outside the workflows).
   */
  ttlMs?: number;
  /** Entries kept (default 1,000); past it the oldest go. */
  maxEntries?: number;
}

/**
 * A per-process cache for reads that give the same answer on every request (a publishable key's
 * channels, a region's countries, the price preferences), emptied when one of `events` is
 * delivered. Every server sees every delivered event (`onDelivered`: in-process on the embedded
 * default, the Redis stream of delivered events otherwise), so each process drops its own copy
 * once the write that changed the answer has committed and its event gone out. The owning
 * service also calls `clear()` on its own writes, for callers that write around the workflows.
 * Pending loads are cached too (concurrent misses share one statement); a clear drops them, so
 * a load that started before the write never lands after the event.
 */
export class EventCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; expires: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(bus: Pick<EventBus, "onDelivered"> | undefined, options: EventCacheOptions) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.maxEntries = options.maxEntries ?? 1_000;
    const names = new Set(options.events);
    bus?.onDelivered((event) => {
      if (names.has(event.name)) this.clear();
    });
  }

  /** The cached answer for `key`, or `load()`'s (kept unless it fails). */
  get(key: string, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    if (hit) this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    const value = load();
    this.entries.set(key, { value, expires: now + this.ttlMs });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  /** Forgets one answer (one not worth keeping, such as an unknown key). */
  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
