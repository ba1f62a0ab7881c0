import { ulid } from "ulid";
import { pooledRandom } from "../crypto/pooled-random.ts";
import type { RunOptions } from "./engine-types.ts";
import type { WorkflowDefinition } from "./registry.ts";
import type { WorkflowEvent } from "./run-context.ts";
import type { Subscribers } from "./subscribers.ts";

/**
 * The run's id: `transactionId`, else Medusa's `context.transactionId`, else a new ULID. Medusa
 * code passes it in `context`; ignoring it there would silently lose idempotency.
 */
export function runTransactionId(options: Pick<RunOptions<unknown>, "transactionId" | "context">): string {
  const fromContext = options.context?.transactionId;
  return (
    options.transactionId ??
    (typeof fromContext === "string" && fromContext ? fromContext : ulid(undefined, pooledRandom))
  );
}

/**
 * Resolves "background" once a step marked `backgroundExecution` begins in this run (in any
 * process: remote step events reach the subscribers too), so `run` can return while it runs.
 */
export function backgroundReached(
  definition: WorkflowDefinition,
  subscribers: Subscribers,
  transactionId: string,
): { reached: Promise<"background">; stop(): void } {
  const background = new Set(
    [...definition.composition.nodes.values()].filter((node) => node.step.backgroundExecution).map((node) => node.id),
  );
  if (background.size === 0) return { reached: new Promise(() => undefined), stop: () => undefined };
  let resolve: (value: "background") => void = () => undefined;
  const reached = new Promise<"background">((r) => {
    resolve = r;
  });
  const subscriber = (event: WorkflowEvent) => {
    if (event.eventType === "onStepBegin" && event.step && background.has(event.step.id)) resolve("background");
  };
  const workflowId = definition.id;
  subscribers.subscribe({ workflowId, transactionId, subscriber });
  return { reached, stop: () => subscribers.unsubscribe({ workflowId, transactionId, subscriberOrId: subscriber }) };
}
