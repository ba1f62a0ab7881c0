import type { Execution } from "./execution.ts";
import { backgroundWork } from "../database/background-work.ts";
import { allWorkflows, type WorkflowDefinition } from "./registry.ts";
import type { ExecutionStore } from "./engine-types.ts";

/** Default silence (ms) after which a running execution without a timeout counts as stuck. */
export const DEFAULT_STALE_AFTER_MS = 60_000;

/** How long a running execution may go without a write or heartbeat: its timeout when shorter. */
export function staleAfter(definition: WorkflowDefinition, staleAfterMs: number): number {
  const timeout = definition.options.timeout;
  return timeout ? Math.min(timeout * 1000, staleAfterMs) : staleAfterMs;
}

/** The shortest staleness of any registered workflow: rows older than this are worth a look. */
export function shortestStaleAfter(staleAfterMs: number): number {
  return Math.min(staleAfterMs, ...allWorkflows().map((d) => staleAfter(d, staleAfterMs)));
}

/**
 * Touches the execution's row while this process works on it, so no sweeper takes a live run
 * for a stuck one; returns the function that stops it.
 */
export function keepAlive(store: ExecutionStore, execution: Execution, intervalMs: number): () => void {
  const timer = setInterval(
    () => {
      backgroundWork(() => store.touch(execution.workflowId, execution.transactionId)).catch(() => undefined);
    },
    Math.max(50, intervalMs),
  ).unref();
  return () => clearInterval(timer);
}
