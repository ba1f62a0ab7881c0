import { AsyncLocalStorage } from "node:async_hooks";

const background = new AsyncLocalStorage<true>();

/**
 * Runs work the process does on its own behalf (relaying the event outbox, sweeping stuck runs,
 * keeping a run's row alive, pruning): its SQL is not a request's, so `Database.queryCount`, with
 * which tests prove a request's statements stay constant, leaves it out.
 */
export function backgroundWork<T>(fn: () => T): T {
  return background.run(true, fn);
}

/** Whether the current async context is background work. */
export const inBackgroundWork = (): boolean => background.getStore() === true;
