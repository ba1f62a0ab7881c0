import { resolveTemplate, conditionsHold, toStoredError, type Execution, type StepState } from "./execution.ts";
import type { WorkflowDefinition } from "./registry.ts";
import { msUntilDeadline } from "./deadline.ts";
import { WorkflowTimeoutError } from "./workflow-timeout-error.ts";
import { effectiveStep, hasHandler, now, stepContext, type RunContext } from "./run-context.ts";
import type { StepDefinition } from "./step-definition.ts";
import { PermanentStepFailure, SkipStepResponse, StepResponse } from "./step-response.ts";

/** A step ran longer than its `timeout`; its late result is compensated. */
export class StepTimeoutError extends Error {
  constructor(stepId: string, seconds: number) {
    super(`Step ${stepId} timed out after ${seconds}s`);
    this.name = "StepTimeoutError";
  }
}

/**
 * Races the handler against a timer: the step's own `timeout`, or the workflow's deadline when
 * that comes first, so a run ends at its deadline even while a step is still busy.
 */
function withTimeout(run: RunContext, step: StepDefinition, stepId: string, work: Promise<unknown>): Promise<unknown> {
  const workflowLeft = msUntilDeadline(run.definition, run.execution);
  const stepLeft = step.timeout ? step.timeout * 1000 : undefined;
  if (workflowLeft === undefined && stepLeft === undefined) return work;
  const byWorkflow = stepLeft === undefined || (workflowLeft !== undefined && workflowLeft < stepLeft);
  const error = byWorkflow
    ? new WorkflowTimeoutError(run.definition.id, run.definition.options.timeout ?? 0)
    : new StepTimeoutError(stepId, step.timeout ?? 0);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => {
        // The handler is not interrupted: whatever it finishes later is undone.
        work
          .then((late) => {
            if (late instanceof StepResponse && step.compensate && !step.noCompensation)
              return step.compensate(late.compensateInput, stepContext(run, stepId));
            return undefined;
          })
          .catch(() => undefined);
        reject(error);
      },
      byWorkflow ? workflowLeft : stepLeft,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const isTimeout = (error: unknown) => error instanceof StepTimeoutError || error instanceof WorkflowTimeoutError;

function settle(state: StepState, response: unknown, step: StepDefinition): "done" | "skipped" | "waiting" {
  if (response instanceof SkipStepResponse) return "skipped";
  if (step.async && response === undefined) return "waiting";
  state.output = response instanceof StepResponse ? response.output : response;
  state.compensateInput = response instanceof StepResponse ? response.compensateInput : response;
  return "done";
}

/** A permanently failed step's status: tolerated ones let the workflow go on (Medusa's names). */
function failedStatus(step: StepDefinition): "failed" | "permanent_failure" | "skipped_failure" {
  if (step.skipOnPermanentFailure) return "skipped_failure";
  return step.continueOnPermanentFailure ? "permanent_failure" : "failed";
}

const forward = new Set(["done", "skipped"]);
const aloneInStage = (run: RunContext, stepId: string) =>
  run.definition.composition.stages.find((stage) => stage.includes(stepId))?.length === 1;

/** What a step that would do nothing answers (StepDefinition.idle); undefined when it must run. */
function idleOutput(
  definition: WorkflowDefinition,
  execution: Execution,
  step: StepDefinition,
  template: unknown,
): { output: unknown } | undefined {
  if (!step.idle) return undefined;
  try {
    return step.idle(resolveTemplate(template, definition, execution));
  } catch {
    // The input does not resolve: the step runs and meets the error as it would have.
    return undefined;
  }
}

/** Runs one step node: condition, input, handler with retries and timeout; records the outcome. */
export async function runStep(run: RunContext, stepId: string): Promise<void> {
  const { definition, execution } = run;
  const node = definition.composition.nodes.get(stepId);
  const state = execution.steps[stepId];
  if (!node || !state) throw new Error(`Workflow ${definition.id} has no step ${stepId}`);
  const step = effectiveStep(run, node.step);
  const runnable = step !== undefined && conditionsHold(node.conditions, definition, execution);
  // Begun with the run's row (beginFirstStage): its start and attempt are stored already.
  const begun = run.begunWithRow?.delete(stepId) === true && runnable;
  const idle = runnable && !begun ? idleOutput(definition, execution, step, node.input) : undefined;
  state.status = "invoking";
  if (!begun) state.startedAt = now();
  state.retryAt = undefined;
  // The attempt is counted (and stored) before it starts: one a crash cut short still shows. A
  // step whose condition is false, or that would do nothing (`idle`), does nothing a crash could
  // cut short: stored with what follows, as is the start of a step a crash may repeat (`repeatable`).
  if (runnable && !begun && !idle) {
    state.attempts++;
    if (!step.repeatable) await run.save();
  }
  await run.emit("onStepBegin", { step: { id: stepId, ...state } });
  if (!runnable) {
    state.status = "skipped";
  } else if (idle) {
    state.status = "skipped";
    state.output = idle.output;
  } else {
    const input = resolveTemplate(node.input, definition, execution);
    for (;;) {
      try {
        state.status = settle(
          state,
          await withTimeout(
            run,
            step,
            stepId,
            Promise.resolve().then(() => step.invoke(input, stepContext(run, stepId))),
          ),
          step,
        );
        break;
      } catch (error) {
        const stored = toStoredError(error);
        state.errors.push(stored);
        const final =
          error instanceof PermanentStepFailure || isTimeout(error) || state.attempts > (step.maxRetries ?? 0);
        const intervalMs = (step.retryInterval ?? 0) * 1000;
        if (!final && (intervalMs > 0 || run.queued)) {
          // Medusa's `retryInterval`: the run is parked and `run` answers; a timer (embedded) or a
          // delayed job (BullMQ) retries it, no later than the workflow's deadline. The step stays
          // `invoking` until then.
          const delay = Math.min(intervalMs, msUntilDeadline(definition, execution) ?? intervalMs);
          if (intervalMs > 0) state.retryAt = new Date(Date.now() + delay).toISOString();
          run.deferredMs = Math.max(run.deferredMs ?? 0, delay);
          await run.save();
          return;
        }
        if (!final) {
          state.attempts++;
          await run.save();
          continue;
        }
        run.thrown.set(stepId, error);
        execution.errors.push({ action: stepId, handlerType: "invoke", error: stored });
        state.status = isTimeout(error) ? "timeout" : failedStatus(step);
        if (isTimeout(error)) await run.emit("onTimeout", { step: { id: stepId, ...state } });
        break;
      }
    }
  }
  if (state.status !== "waiting") state.finishedAt = now();
  // A step alone in its stage that succeeded is stored by the next save, which comes at once (the
  // next step's start, or the run's end): one write per step instead of two. A crash in between
  // runs it again, as a crash just before this save would. Beside other steps of its stage it is
  // stored now, not when the slowest of them ends.
  if (!(forward.has(state.status) && aloneInStage(run, stepId))) await run.save();
  const event = {
    done: "onStepSuccess",
    skipped: "onStepSuccess",
    waiting: "onStepAwaiting",
    skipped_failure: "onStepFailure",
    permanent_failure: "onStepFailure",
  } as const;
  const type = state.status in event ? event[state.status as keyof typeof event] : "onStepFailure";
  await run.emit(type, { step: { id: stepId, ...state } });
}

/**
 * Marks a new execution's first-stage steps begun (attempt 1), as runStep would, before its row
 * is inserted: the insert stores their start, and runStep skips the save it would make for it
 * (one statement less per run). Only for a run driven here from its insert (a queue worker loads
 * the row and counts its own attempt) and without a timeout (a run timed out before its first
 * stage leaves no step begun). Returns the steps so marked.
 */
export function beginFirstStage(definition: WorkflowDefinition, execution: Execution): Set<string> {
  const begun = new Set<string>();
  if (definition.options.timeout !== undefined) return begun;
  for (const stepId of definition.composition.stages[0] ?? []) {
    const node = definition.composition.nodes.get(stepId);
    const state = execution.steps[stepId];
    if (!node || !state || state.status !== "not_started") continue;
    if (!hasHandler(definition, node.step) || !holds(node.conditions, definition, execution)) continue;
    // A step that would do nothing is not begun: runStep skips it without storing anything.
    if (idleOutput(definition, execution, node.step, node.input)) continue;
    state.status = "invoking";
    state.startedAt = now();
    state.attempts = 1;
    begun.add(stepId);
  }
  return begun;
}

/** conditionsHold, false when a condition throws (runStep then meets the error as it did). */
function holds(conditions: string[], definition: WorkflowDefinition, execution: Execution): boolean {
  try {
    return conditionsHold(conditions, definition, execution);
  } catch {
    return false;
  }
}
