/**
 * A minimal event bus so modules can emit events before the events system lands; it will
 * replace this under the same container key (`eventBus`). In-process: handlers run after `emit`
 * resolves nothing else, and every event is kept in `emitted` (tests read it).
 */
export interface EventMessage<T = unknown> {
  name: string;
  data: T;
}

export type EventHandler<T = unknown> = (event: EventMessage<T>) => unknown | Promise<unknown>;

export interface EventBus {
  /** Dispatches to the subscribers of each event's name. */
  emit(events: EventMessage | EventMessage[]): Promise<void>;
  /** Returns an unsubscribe function. */
  subscribe<T>(name: string, handler: EventHandler<T>): () => void;
}

export class InMemoryEventBus implements EventBus {
  /** Every event emitted, oldest first. */
  readonly emitted: EventMessage[] = [];
  private readonly handlers = new Map<string, Set<EventHandler>>();

  async emit(events: EventMessage | EventMessage[]): Promise<void> {
    for (const event of [events].flat()) {
      this.emitted.push(event);
      for (const handler of this.handlers.get(event.name) ?? []) await handler(event);
    }
  }

  subscribe<T>(name: string, handler: EventHandler<T>): () => void {
    const set = this.handlers.get(name) ?? new Set<EventHandler>();
    set.add(handler as EventHandler);
    this.handlers.set(name, set);
    return () => set.delete(handler as EventHandler);
  }
}
