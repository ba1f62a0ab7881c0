import type { EventMessage } from "./types.ts";

/** An event as the outbox holds it: its row id travels with it so delivery can confirm it. */
export interface OutboxEntry {
  id: string;
  event: EventMessage;
}

/**
 * Where events wait between commit and delivery (the event-bus module's `event_outbox` table).
 * The framework reaches it through the container, so it names no module.
 */
export interface EventOutboxStore {
  /** Writes events; with a group they are held until `releaseOutboxGroup`. */
  addToOutbox(events: EventMessage[], groupId?: string): Promise<void>;
  /**
   * Lets a group's held events go out (its workflow succeeded), and writes `events` of the group
   * released with them, in one statement; returns how many went out.
   */
  releaseOutboxGroup(groupId: string, events?: EventMessage[]): Promise<number>;
  /** Drops a group's held events (its workflow was undone). */
  clearOutboxGroup(groupId: string): Promise<void>;
  /**
   * Takes up to `limit` released events no relay holds (never relayed, or relayed before
   * `redeliverBefore` and still unconfirmed), oldest first; of several relays, one gets each.
   */
  claimOutbox(limit: number, redeliverBefore: Date): Promise<OutboxEntry[]>;
  /** Hands claimed events back (the bus refused them): the next pass tries again. */
  unclaimOutbox(ids: string[]): Promise<void>;
  /** Removes delivered events. */
  removeFromOutbox(ids: string[]): Promise<void>;
  /** How many released events are still waiting for a relay or a confirmation. */
  countReleasedInOutbox(): Promise<number>;
}

/** The container key of the event-bus module, whose service implements the outbox. */
export const EVENT_OUTBOX_SERVICE = "eventBusModule";
