import type { TesseraContainer } from "../container/container.ts";
import { backgroundWork } from "../database/background-work.ts";
import type { EventOutboxStore, OutboxEntry } from "./outbox.ts";
import type { EmitOptions, EventBus, EventMessage, Subscription } from "./types.ts";

/** A bus that delivers what the outbox hands it and says when an entry has been delivered. */
export interface EventTransport extends EventBus {
  /** Takes outbox entries for delivery; rejects when it cannot take them now (Redis away). */
  relay(entries: OutboxEntry[]): Promise<void>;
  /** Set by the outbox bus: called with the ids of delivered entries (maybe in another process). */
  confirm?: (ids: string[]) => Promise<void>;
}

export interface OutboxOptions {
  /** An entry handed to the bus but not confirmed after this long is handed again (ms). */
  redeliverAfterMs: number;
  /** How often the relay looks for entries other processes (or a crash) left behind (ms). */
  pollMs: number;
}

const BATCH = 100;
const MAX_BACKOFF_MS = 5_000;

/**
 * The event bus the app uses: every event is first written to the outbox (in the database), then
 * a relay hands it to the transport (Redis or in-process), retrying with backoff until the
 * transport takes it; the row goes once the event was delivered. So an event committed while
 * Redis is away goes out when it returns, and one held by a workflow goes out only if the
 * workflow succeeded. Without the event-bus module (a bare module test), it is the transport.
 */
export class OutboxEventBus implements EventBus {
  private relaying?: Promise<void>;
  private again = false;
  private backoffMs = 0;
  private retryTimer?: NodeJS.Timeout;
  private readonly pollTimer: NodeJS.Timeout;
  private closed = false;
  private confirmed: string[] = [];
  /** Events emitted with `buffer`, by group, not written yet. */
  private readonly buffered = new Map<string, EventMessage[]>();
  private confirming?: Promise<void>;

  constructor(
    private readonly container: TesseraContainer,
    readonly transport: EventTransport,
    private readonly options: OutboxOptions,
  ) {
    // A delivery's confirmation is the process's bookkeeping too, however late it lands (a Redis
    // worker confirms after the subscribers ran), never the statements of the request it follows.
    transport.confirm = (ids) => this.confirmTogether(ids);
    this.pollTimer = setInterval(() => this.kick(), options.pollMs).unref();
  }

  async emit(events: EventMessage | EventMessage[], options: EmitOptions = {}): Promise<void> {
    const list = Array.isArray(events) ? events : [events];
    const outbox = this.outbox();
    // A delayed event is a scheduled message, not a fact to keep: the transport holds it.
    if (!outbox || options.delay) return this.transport.emit(list, options);
    if (options.groupId && options.buffer) {
      this.buffered.set(options.groupId, [...(this.buffered.get(options.groupId) ?? []), ...list]);
      return;
    }
    await outbox.addToOutbox(list, options.groupId);
    if (!options.groupId) this.kick();
  }

  subscribe(subscription: Subscription): void {
    if (this.container.hasRegistration("eventNames")) this.container.resolve("eventNames").add(subscription.events);
    this.transport.subscribe(subscription);
  }

  async holdGroupedEvents(groupId: string): Promise<void> {
    const outbox = this.outbox();
    const list = this.takeBuffered(groupId);
    if (outbox && list.length) await outbox.addToOutbox(list, groupId);
  }

  async releaseGroupedEvents(groupId: string): Promise<void> {
    const outbox = this.outbox();
    if (!outbox) return this.transport.releaseGroupedEvents(groupId);
    if (await outbox.releaseOutboxGroup(groupId, this.takeBuffered(groupId))) this.kick();
  }

  async clearGroupedEvents(groupId: string): Promise<void> {
    this.buffered.delete(groupId);
    const outbox = this.outbox();
    if (!outbox) return this.transport.clearGroupedEvents(groupId);
    await outbox.clearOutboxGroup(groupId);
  }

  onDelivered(listener: (event: EventMessage) => void): () => void {
    return this.transport.onDelivered(listener);
  }

  /** Resolves once every released event was relayed and delivered. */
  async drain(): Promise<void> {
    for (;;) {
      this.kick();
      await this.relaying;
      await this.transport.drain();
      if (!this.relaying && !(await this.outbox()?.countReleasedInOutbox())) return;
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.pollTimer);
    clearTimeout(this.retryTimer);
    await this.relaying;
    await this.transport.close();
  }

  /**
   * Removes delivered entries: confirmations arriving in the same turn of the event loop (a
   * relayed batch whose subscribers settle together) share one DELETE. Resolves once the
   * DELETE holding `ids` is done.
   */
  private confirmTogether(ids: string[]): Promise<void> {
    this.confirmed.push(...ids);
    this.confirming ??= backgroundWork(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      const batch = this.confirmed.splice(0);
      // Later confirmations start the next DELETE instead of joining one already sent.
      this.confirming = undefined;
      await this.outbox()?.removeFromOutbox(batch);
    });
    return this.confirming;
  }

  private takeBuffered(groupId: string): EventMessage[] {
    const list = this.buffered.get(groupId) ?? [];
    this.buffered.delete(groupId);
    return list;
  }

  /** Starts a relay pass, or asks the running one for another round. */
  private kick(): void {
    if (this.closed || this.retryTimer) return;
    if (this.relaying) {
      this.again = true;
      return;
    }
    // Relaying (and the in-process subscribers it runs) is the process's own work, not the emitter's.
    this.relaying = backgroundWork(() => this.relayAll()).finally(() => {
      this.relaying = undefined;
    });
  }

  private async relayAll(): Promise<void> {
    do {
      this.again = false;
      const outbox = this.outbox();
      if (!outbox) return;
      let entries: OutboxEntry[];
      try {
        entries = await outbox.claimOutbox(BATCH, new Date(Date.now() - this.options.redeliverAfterMs));
        if (entries.length) await this.handOver(outbox, entries);
      } catch (error) {
        this.container.resolve("logger").warn({ err: error }, "event outbox relay failed; retrying");
        this.retryLater();
        return;
      }
      this.backoffMs = 0;
      if (entries.length === BATCH) this.again = true;
    } while (this.again && !this.closed);
  }

  private async handOver(outbox: EventOutboxStore, entries: OutboxEntry[]): Promise<void> {
    try {
      await this.transport.relay(entries);
    } catch (error) {
      await outbox.unclaimOutbox(entries.map((e) => e.id)).catch(() => undefined);
      throw error;
    }
  }

  /** Exponential backoff while the transport (or the database) refuses. */
  private retryLater(): void {
    this.backoffMs = Math.min(MAX_BACKOFF_MS, this.backoffMs ? this.backoffMs * 2 : 100);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.kick();
    }, this.backoffMs);
    this.retryTimer.unref();
  }

  private outbox(): EventOutboxStore | undefined {
    return this.container.hasRegistration("eventBusModule") ? this.container.resolve("eventBusModule") : undefined;
  }
}
