import type { Redis } from "ioredis";
import type { EventMessage } from "./types.ts";
import { ioredis } from "../redis-packages.ts";

/** Entries kept in the stream: enough for a reader to catch up after a short outage. */
const MAX_LENGTH = 10_000;
const BLOCK_MS = 2_000;

/**
 * Delivered events as a Redis stream, read by every server for its GraphQL `events`
 * subscriptions. Unlike pub/sub, a reader that lost its connection reads on from the last entry
 * it saw once Redis is back, so nothing appended meanwhile is missed (entry ids are times, so
 * this holds across a Redis restart that lost the stream too).
 */
export class DeliveredStream {
  private readonly listeners = new Set<(event: EventMessage) => void>();
  private reader?: Redis;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly key: string,
  ) {}

  async append(redis: Redis, event: EventMessage): Promise<void> {
    await redis.xadd(this.key, "MAXLEN", "~", String(MAX_LENGTH), "*", "event", JSON.stringify(event));
  }

  /** Calls `listener` with every event appended from now on; returns the function that stops it. */
  listen(listener: (event: EventMessage) => void): () => void {
    this.listeners.add(listener);
    if (!this.reader && !this.closed) void this.read();
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    this.reader?.disconnect();
  }

  private async read(): Promise<void> {
    const reader = new (ioredis().Redis)(this.url, { maxRetriesPerRequest: null });
    reader.on("error", () => undefined);
    this.reader = reader;
    let last: string | undefined;
    while (!this.closed) {
      try {
        // Starting from Redis's own clock rather than "$": an entry appended between two reads is never skipped.
        if (!last) {
          const [seconds, micros] = await reader.time();
          last = `${Number(seconds) * 1000 + Math.floor(Number(micros) / 1000)}-0`;
        }
        const answer = await reader.xread("BLOCK", BLOCK_MS, "STREAMS", this.key, last);
        for (const [, entries] of answer ?? []) {
          for (const [id, fields] of entries) {
            last = id;
            const json = fields[fields.indexOf("event") + 1];
            if (json) this.emit(JSON.parse(json) as EventMessage);
          }
        }
      } catch {
        // Connection lost: ioredis reconnects; read on from `last` once it has.
        if (!this.closed) await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  private emit(event: EventMessage): void {
    for (const listener of this.listeners) listener(event);
  }
}
