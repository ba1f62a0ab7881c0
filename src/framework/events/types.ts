import type { TesseraContainer } from "../container/container.ts";

/** An event: `product.created` with `{ id }`, plus optional metadata (who, from where). */
export interface EventMessage<T = unknown> {
  name: string;
  data: T;
  metadata?: Record<string, unknown>;
}

/** Options of `emit`. */
export interface EmitOptions {
  /** Hold the events under this group (a workflow's transaction id) until released. */
  groupId?: string;
  /** Milliseconds to wait before delivering. Default 0. */
  delay?: number;
  /**
   * With `groupId`: the events stay in this process until the group is written, held
   * (`holdGroupedEvents`) or released (`releaseGroupedEvents`, which then writes them released in
   * the statement that releases the others: one write instead of two). Whoever emits so must
   * write the group before it records the emit as done: the workflow engine does at every save.
   */
  buffer?: boolean;
}

/** What a subscriber receives (the seed's `SubscriberArgs`). */
export interface SubscriberArgs<T = unknown> {
  event: EventMessage<T>;
  container: TesseraContainer;
}

export type SubscriberHandler<T = unknown> = (args: SubscriberArgs<T>) => unknown | Promise<unknown>;

/** `export const config` of a subscriber file. */
export interface SubscriberConfig {
  event: string | string[];
  context?: {
    /** Stable id of the subscriber; defaults to the file name. */
    subscriberId?: string;
    /** Deliveries tried before the event is recorded as failed. Default 3. */
    attempts?: number;
    /** Milliseconds before the first retry, doubled each time. Default 1000. */
    backoff?: number;
  };
}

export interface Subscription {
  events: string[];
  subscriberId: string;
  handler: SubscriberHandler;
  attempts: number;
  backoff: number;
}

/**
 * The event bus, registered as `eventBus`. Emitting never waits for subscribers and a failing
 * subscriber affects neither the emitter nor the other subscribers.
 */
export interface EventBus {
  emit(events: EventMessage | EventMessage[], options?: EmitOptions): Promise<void>;
  subscribe(subscription: Subscription): void;
  /** Delivers the events held under `groupId` (a workflow that succeeded). */
  releaseGroupedEvents(groupId: string): Promise<void>;
  /** Writes the events emitted under `groupId` with `buffer` so far, still held (a bus that buffers none: nothing to do). */
  holdGroupedEvents?(groupId: string): Promise<void>;
  /** Drops the events held under `groupId` (a workflow that compensated). */
  clearGroupedEvents(groupId: string): Promise<void>;
  /** Called with every delivered event: the GraphQL `events` subscription listens here. */
  onDelivered(listener: (event: EventMessage) => void): () => void;
  /** Resolves when every delivery started so far has settled (tests, graceful shutdown). */
  drain(): Promise<void>;
  close(): Promise<void>;
}
