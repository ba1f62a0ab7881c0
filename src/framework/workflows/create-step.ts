import { activeComposition, addStepNode, configureStepNode } from "./composition.ts";
import type { StepCompensate, StepContext, StepDefinition, StepOptions } from "./step-definition.ts";
import type { SkipStepResponse, StepResponse } from "./step-response.ts";
import { createRef, type WorkflowData, type WorkflowInput } from "./workflow-data.ts";

type OutputOf<R> =
  R extends StepResponse<infer O, unknown> ? O : R extends SkipStepResponse | void | undefined ? undefined : R;
type CompensateOf<R> = R extends StepResponse<unknown, infer C> ? C : R;

/** Options for one use of a step (Medusa's `.config()`): a new name, and option overrides. */
export type StepConfig = { name?: string } & StepOptions;

/** A placed step's output; `.config({ name })` names this use (a step used twice needs it in Medusa). */
export type StepOutput<O> = WorkflowData<O> & { config(options: StepConfig): WorkflowData<O> };

/** A step placed in a workflow by calling it in the composer; it returns a reference to its output. */
export interface StepFunction<I, O> {
  (...input: undefined extends I ? [input?: WorkflowInput<I>] : [input: WorkflowInput<I>]): StepOutput<O>;
  readonly stepId: string;
  readonly definition: StepDefinition;
}

/** Builds the step function for a definition (steps, hooks and nested workflows share it). */
export function stepFunction<I, O>(definition: StepDefinition): StepFunction<I, O> {
  const place = (input?: unknown) => {
    const composition = activeComposition(`Step "${definition.name}"`);
    const id = addStepNode(composition, definition, input);
    return createRef<O>({ source: `step:${id}`, path: [] }, (options) => {
      const renamed = configureStepNode(composition, id, (options ?? {}) as StepConfig);
      return createRef<O>({ source: `step:${renamed}`, path: [] });
    }) as StepOutput<O>;
  };
  return Object.assign(place, { stepId: definition.name, definition }) as StepFunction<I, O>;
}

/**
 * Defines a step: a handler, and optionally a compensation that undoes it when a later step fails.
 * @example
 * export const step1 = createStep("step-1", async () => new StepResponse("Hello from step one!"))
 */
export function createStep<I = undefined, R = unknown>(
  nameOrConfig: string | ({ name: string } & StepOptions),
  invoke: (input: I, context: StepContext) => R | Promise<R>,
  compensate?: StepCompensate<CompensateOf<Awaited<R>>>,
): StepFunction<I, OutputOf<Awaited<R>>> {
  const options = typeof nameOrConfig === "string" ? { name: nameOrConfig } : nameOrConfig;
  if (!options.name) throw new Error("createStep: a step needs a name");
  return stepFunction({
    ...options,
    invoke: invoke as StepDefinition["invoke"],
    compensate: compensate as StepCompensate | undefined,
  });
}
