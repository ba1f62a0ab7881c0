import type { TesseraContainer } from "../container/container.ts";
import { newComposition, withComposition } from "./composition.ts";
import type { Hook, HookRegistrar } from "./create-hook.ts";
import { stepFunction } from "./create-step.ts";
import { workflowEngine } from "./engine-api.ts";
import type { RunOptions, RunResult } from "./engine-types.ts";
import { registerWorkflow, type WorkflowDefinition, type WorkflowOptions } from "./registry.ts";
import { StepResponse } from "./step-response.ts";
import { WorkflowComposerError, isRef, type Resolved, type WorkflowData, type WorkflowInput } from "./workflow-data.ts";
import { WorkflowResponse } from "./workflow-response.ts";

type Hooks<H extends readonly Hook<string, unknown>[]> = {
  [K in H[number] as K["name"]]: HookRegistrar<NonNullable<K["__input"]>>;
};

/** A workflow bound to a container: run it, or roll a run back. */
export interface WorkflowRunner<I, R> {
  run(options?: RunOptions<I>): Promise<RunResult<R>>;
  cancel(options: { transactionId: string }): Promise<RunResult<R>>;
}

export interface Workflow<I, R, H extends readonly Hook<string, unknown>[]> {
  (container: TesseraContainer): WorkflowRunner<I, R>;
  readonly workflowId: string;
  getName(): string;
  /** Register a hook handler: `workflow.hooks.productsCreated(async ({ products }, { container }) => ..., compensate)`. */
  readonly hooks: Hooks<H>;
  /** Runs this workflow as one step of another; if the outer one fails later, this one is rolled back. */
  runAsStep(args: { input: WorkflowInput<I> }): WorkflowData<R>;
}

function checkComposer(name: string, composer: (...args: never[]) => unknown): void {
  if (composer.constructor.name === "AsyncFunction") {
    throw new WorkflowComposerError(
      `Workflow "${name}": the composer must not be async. It runs once, when the workflow is defined, over references: call steps without await.`,
    );
  }
}

/**
 * Defines a workflow. The composer runs once, now, over references: it records which steps run,
 * in which order, with which inputs. Plain `if`, `await` and arithmetic on workflow data are
 * refused; use when(), transform() and parallelize().
 * @example
 * const myWorkflow = createWorkflow("hello-world", (input: { name: string }) => {
 *   const str1 = step1()
 *   step2(input)
 *   return new WorkflowResponse({ message: str1 })
 * })
 * const { result } = await myWorkflow(container).run({ input: { name: "Ada" } })
 */
export function createWorkflow<I = undefined, R = undefined, const H extends readonly Hook<string, unknown>[] = []>(
  nameOrConfig: string | ({ name: string } & WorkflowOptions),
  composer: (input: I) => WorkflowResponse<R, H> | void,
): Workflow<I, Resolved<R>, H> {
  const { name, ...options } = typeof nameOrConfig === "string" ? { name: nameOrConfig } : nameOrConfig;
  checkComposer(name, composer);
  const composition = newComposition(name);
  const returned = withComposition(composition, () => composer(composition.input as I)) as unknown;
  if (!isRef(returned) && returned instanceof Promise) {
    throw new WorkflowComposerError(
      `Workflow "${name}": the composer returned a Promise. Do not await inside a composer; steps are called without await.`,
    );
  }
  const response = returned instanceof WorkflowResponse ? returned : new WorkflowResponse(returned);
  const definition: WorkflowDefinition = {
    id: name,
    options,
    composition,
    result: response.result,
    hookHandlers: new Map(),
  };
  registerWorkflow(definition);

  const hooks = Object.fromEntries(
    (response.hooks as readonly Hook<string, unknown>[]).map((hook) => [
      hook.name,
      ((handler, compensate) => {
        definition.hookHandlers.set(hook.name, { handler, compensate });
      }) satisfies HookRegistrar<unknown>,
    ]),
  );

  const asStep = stepFunction<I, Resolved<R>>({
    name,
    redact: options.redact,
    invoke: async (input, ctx) => {
      const transactionId = `${ctx.transactionId}:${ctx.stepId}`;
      const { result } = await workflowEngine(ctx.container).run(name, {
        input,
        transactionId,
        container: ctx.container,
        context: ctx.metadata,
      });
      return new StepResponse(result, { transactionId });
    },
    compensate: async (nested, ctx) => {
      await workflowEngine(ctx.container).cancel(
        name,
        (nested as { transactionId: string }).transactionId,
        ctx.container,
      );
    },
  });

  const bind = (container: TesseraContainer): WorkflowRunner<I, Resolved<R>> => ({
    run: (runOptions = {}) => workflowEngine(container).run(name, { ...runOptions, container }),
    cancel: ({ transactionId }) => workflowEngine(container).cancel(name, transactionId, container),
  });
  return Object.assign(bind, {
    workflowId: name,
    getName: () => name,
    hooks: hooks as Hooks<H>,
    runAsStep: ({ input }: { input: WorkflowInput<I> }) => asStep(...([input] as Parameters<typeof asStep>)),
  });
}
