import type { TesseraContainer } from "../container/container.ts";
import { deliverWithRetries } from "./deliver.ts";
import type { EventTransport } from "./outbox-event-bus.ts";
import type { OutboxEntry } from "./outbox.ts";
import type { EmitOptions, EventMessage, Subscription } from "./types.ts";

/** The in-process event bus of the embedded default: deliveries run after the emitter returns. */
export class LocalEventBus implements EventTransport {
  confirm?: (ids: string[]) => Promise<void>;
  private readonly subscriptions: Subscription[] = [];
  private readonly groups = new Map<string, EventMessage[]>();
  private readonly listeners = new Set<(event: EventMessage) => void>();
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly container: TesseraContainer) {}

  async emit(events: EventMessage | EventMessage[], options: EmitOptions = {}): Promise<void> {
    const list = Array.isArray(events) ? events : [events];
    if (options.groupId) {
      this.groups.set(options.groupId, [...(this.groups.get(options.groupId) ?? []), ...list]);
      return;
    }
    for (const event of list) this.track(this.deliverLater(event, options.delay ?? 0));
  }

  /** Delivers outbox entries here; each is confirmed once its subscribers settled (at least once across a crash). */
  async relay(entries: OutboxEntry[]): Promise<void> {
    for (const { id, event } of entries) {
      this.track(
        this.deliverLater(event, 0)
          .then(() => this.confirm?.([id]))
          .catch((error: unknown) => {
            this.container
              .resolve("logger")
              .error({ err: error, event: event.name }, "confirming a delivered event failed");
          }),
      );
    }
  }

  subscribe(subscription: Subscription): void {
    this.subscriptions.push(subscription);
  }

  async releaseGroupedEvents(groupId: string): Promise<void> {
    const held = this.groups.get(groupId) ?? [];
    this.groups.delete(groupId);
    await this.emit(held);
  }

  async clearGroupedEvents(groupId: string): Promise<void> {
    this.groups.delete(groupId);
  }

  onDelivered(listener: (event: EventMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  async close(): Promise<void> {
    await this.drain();
  }

  private track(promise: Promise<unknown>): void {
    this.inFlight.add(promise);
    void promise.finally(() => this.inFlight.delete(promise));
  }

  private async deliverLater(event: EventMessage, delay: number): Promise<void> {
    await new Promise((r) => (delay ? setTimeout(r, delay) : setImmediate(r)));
    for (const listener of this.listeners) listener(event);
    const matching = this.subscriptions.filter((s) => s.events.includes(event.name) || s.events.includes("*"));
    await Promise.all(matching.map((s) => deliverWithRetries(this.container, s, event)));
  }
}
