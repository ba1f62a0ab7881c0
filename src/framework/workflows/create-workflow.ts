import type { TesseraContainer } from "../container/container.ts";
import { newComposition, withComposition } from "./composition.ts";
import type { Hook, HookRegistrar } from "./create-hook.ts";
import { stepFunction } from "./create-step.ts";
import { workflowEngine } from "./engine-api.ts";
import type { RunOptions, RunResult } from "./engine-types.ts";
import { registerWorkflow, type WorkflowDefinition, type WorkflowOptions } from "./registry.ts";
import { PARENT_STEP, type ParentStep, type StepContext } from "./step-definition.ts";
import { StepResponse } from "./step-response.ts";
import { WorkflowComposerError, isRef, type Resolved, type WorkflowData, type WorkflowInput } from "./workflow-data.ts";
import { WorkflowResponse } from "./workflow-response.ts";
import { idleResult } from "./idle-run.ts";
import { actorOfScope } from "../events/actor.ts";

type Hooks<H extends readonly Hook<string, unknown>[]> = {
  [K in H[number] as K["name"]]: HookRegistrar<NonNullable<K["__input"]>>;
};

/** A workflow bound to a container: run it, or roll a run back. */
export interface WorkflowRunner<I, R> {
  /** With `throwOnError: false` a failed run resolves, so its `result` may be undefined. */
  run(options: RunOptions<I> & { throwOnError: false }): Promise<RunResult<R | undefined>>;
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

type Composed<R, H extends readonly Hook<string, unknown>[]> = WorkflowResponse<R, H> | void;

const PENDING = Symbol("pending");

/** A nested run's id: its outer run's and step's, so a retried outer step finds the same run. */
const nestedTransactionId = (ctx: StepContext) => `${ctx.transactionId}:${ctx.stepId}`;

/**
 * The run's metadata with the actor of the request scope it runs in (kept with the execution,
 * so steps on any worker, and nested runs, emit their events in that actor's name).
 */
function withActor(
  container: TesseraContainer,
  context: RunOptions<unknown>["context"],
): RunOptions<unknown>["context"] {
  const actor = actorOfScope(container);
  return actor && !context?.actor ? { ...context, actor } : context;
}

/**
 * Medusa accepts an `async` composer (the seed's "Run Workflow in Another"). Its body runs now,
 * synchronously, up to its first `await`; what it records is the workflow. An `await` that
 * actually suspends would leave the rest unrecorded, so it is refused when the workflow runs.
 */
function settleAsync(name: string, returned: Promise<unknown>, settled: (value: unknown) => void): Promise<void> {
  // An already-fulfilled promise wins a race against a resolved one: it did not await.
  return Promise.race([returned, Promise.resolve(PENDING)]).then(
    (value) => {
      if (value === PENDING) {
        returned.catch(() => undefined);
        throw new WorkflowComposerError(
          `Workflow "${name}": its async composer awaited something. The composer runs once, when the workflow is defined, and only records steps: call steps, runAsStep and transform without await.`,
        );
      }
      settled(value);
    },
    (error: unknown) => {
      throw error instanceof WorkflowComposerError
        ? error
        : new WorkflowComposerError(`Workflow "${name}": its composer threw: ${String(error)}`);
    },
  );
}

/**
 * Defines a workflow. The composer runs once, now, over references: it records which steps run,
 * in which order, with which inputs. Plain `if`, `await` and arithmetic on workflow data are
 * refused; use when(), transform() and parallelize(). An `async` composer is accepted (as in
 * Medusa) as long as it never awaits.
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
  composer: (input: I) => Composed<R, H> | Promise<Composed<R, H>>,
): Workflow<I, Resolved<R>, H> {
  const { name, ...options } = typeof nameOrConfig === "string" ? { name: nameOrConfig } : nameOrConfig;
  const composition = newComposition(name);
  const returned = withComposition(composition, () => composer(composition.input as I)) as unknown;
  const definition: WorkflowDefinition = { id: name, options, composition, result: undefined, hookHandlers: new Map() };
  const respond = (value: unknown) => {
    definition.result = (value instanceof WorkflowResponse ? value : new WorkflowResponse(value)).result;
  };
  if (!isRef(returned) && returned instanceof Promise) {
    definition.ready = settleAsync(name, returned, respond);
    // Reported when the workflow runs; never an unhandled rejection at import time.
    definition.ready.catch(() => undefined);
  } else respond(returned);
  registerWorkflow(definition);

  // Every hook the composer created, so an async composer's hooks exist before its response does.
  const hooks = Object.fromEntries(
    composition.hooks.map((hookName) => [
      hookName,
      ((handler, compensate) => {
        if (definition.hookHandlers.has(hookName))
          throw new WorkflowComposerError(
            `Workflow "${name}": hook "${hookName}" already has a handler. A hook takes one handler, as in Medusa: do everything in it.`,
          );
        definition.hookHandlers.set(hookName, { handler, compensate });
      }) satisfies HookRegistrar<unknown>,
    ]),
  );

  // A nested run that parks (a retry due later, an async step waiting) leaves this step waiting
  // (`async`); the engine resolves it with the nested result when that run finishes.
  const asStep = stepFunction<I, Resolved<R>>({
    name,
    redact: options.redact,
    async: true,
    nested: true,
    // A nested run that would start no step (its steps' `when` false, its hooks unhandled) is not
    // started: no execution row, no workflow events; the outer step is skipped with its result.
    idle: (input) => {
      const idle = idleResult(definition, input);
      return idle && { output: idle.result };
    },
    invoke: async (input, ctx) => {
      const transactionId = nestedTransactionId(ctx);
      const parent: ParentStep = { workflowId: ctx.workflowId, transactionId: ctx.transactionId, stepId: ctx.stepId };
      const { result, transaction } = await workflowEngine(ctx.container).run(name, {
        input,
        transactionId,
        container: ctx.container,
        context: { ...ctx.metadata, [PARENT_STEP]: parent },
      });
      // A failed nested run threw above; anything but done is still going.
      if (transaction.status !== "done") return undefined;
      return new StepResponse(result, { transactionId });
    },
    compensate: async (_nested, ctx) => {
      await workflowEngine(ctx.container).cancel(name, nestedTransactionId(ctx), ctx.container);
    },
  });

  const bind = (container: TesseraContainer): WorkflowRunner<I, Resolved<R>> => ({
    run: ((runOptions: RunOptions<I> = {}) =>
      workflowEngine(container).run<I, Resolved<R>>(name, {
        ...runOptions,
        context: withActor(container, runOptions.context),
        container,
      })) as WorkflowRunner<I, Resolved<R>>["run"],
    cancel: ({ transactionId }) => workflowEngine(container).cancel(name, transactionId, container),
  });
  return Object.assign(bind, {
    workflowId: name,
    getName: () => name,
    hooks: hooks as Hooks<H>,
    runAsStep: ({ input }: { input: WorkflowInput<I> }) => asStep(...([input] as Parameters<typeof asStep>)),
  });
}
