import { activeComposition, addStepNode } from "./composition.ts";
import type { StepCompensate, StepContext } from "./step-definition.ts";
import type { Resolved } from "./workflow-data.ts";

/** A point in a workflow where project code runs as a step: `workflow.hooks.<name>(handler, compensate)`. */
export interface Hook<N extends string, T> {
  readonly name: N;
  readonly stepId: string;
  /** Type only: what the handler receives. */
  readonly __input?: T;
}

export type HookHandler<T> = (input: T, context: StepContext) => unknown;
export type HookRegistrar<T> = (handler: HookHandler<T>, compensate?: StepCompensate) => void;

/**
 * Exposes a hook at this point of the workflow; its handler receives `input` resolved.
 * @example const productCreatedHook = createHook("productCreated", { productId: product.id })
 */
export function createHook<const N extends string, T>(name: N, input: T): Hook<N, Resolved<T>> {
  const composition = activeComposition(`createHook("${name}")`);
  // The handler is looked up when the step runs, so hook files may load after the workflow.
  composition.hooks.push(name);
  const stepId = addStepNode(
    composition,
    { name, hook: { workflowId: composition.workflowId, name }, invoke: () => undefined },
    input,
  );
  return { name, stepId };
}
