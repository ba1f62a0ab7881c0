import type { EventBus, EventMessage } from "../events/types.ts";
import { nextCall } from "./next-call.ts";

/** Records the data of every `name` event delivered from now on; `next()` waits for the next one. */
export function recordEvents<T>(bus: EventBus, name: string): { received: T[]; next(): Promise<T> } {
  const received: T[] = [];
  const waiting: ((data: T) => void)[] = [];
  bus.subscribe({
    events: [name],
    subscriberId: `test-recorder:${name}:${Math.random()}`,
    attempts: 1,
    backoff: 1,
    handler: ({ event }) => {
      received.push(event.data as T);
      for (const resolve of waiting.splice(0)) resolve(event.data as T);
    },
  });
  return { received, next: () => new Promise<T>((resolve) => waiting.push(resolve)) };
}

/** Records every event named in `names` (name and data) delivered from now on. */
export function recordEventMessages(bus: EventBus, names: string[]): EventMessage[] {
  const received: EventMessage[] = [];
  bus.subscribe({
    events: names,
    subscriberId: `test-recorder:${names.join(",")}:${Math.random()}`,
    attempts: 1,
    backoff: 1,
    handler: ({ event }) => {
      received.push(event);
    },
  });
  return received;
}

/**
 * What `received` holds once every event emitted so far has been delivered (`bus.drain()`): a
 * duplicate or an event that should not exist is there by then, with no wait on a clock.
 */
export async function settledEvents<T>(bus: Pick<EventBus, "drain">, received: T[]): Promise<T[]> {
  await bus.drain();
  return [...received];
}

/**
 * Resolves once a `name` event has been delivered to this process. Listeners run in the order
 * they were added, so every per-process cache built before this call has reacted to it by then.
 */
export function nextDelivered(bus: EventBus, name: string): Promise<EventMessage> {
  return new Promise((resolve) => {
    const stop = bus.onDelivered((event) => {
      if (event.name !== name) return;
      stop();
      resolve(event);
    });
  });
}

/**
 * Resolves once something next starts listening to delivered events on `bus`: the server has
 * registered a GraphQL `events` subscription (graphql-ws acknowledges no subscribe, so a test
 * waits on this before it emits what the subscription should see). Services and caches register
 * their listeners while the app loads (`loadModules` resolves every service), so once it has
 * started the next listener is a subscription's.
 */
export function nextListener(bus: EventBus): Promise<void> {
  return nextCall(bus, "onDelivered");
}
