import { resolveTemplate, conditionsHold, toStoredError, type StepState } from "./execution.ts";
import { effectiveStep, now, sleep, stepContext, type RunContext } from "./run-context.ts";
import type { StepDefinition } from "./step-definition.ts";
import { PermanentStepFailure, SkipStepResponse, StepResponse } from "./step-response.ts";

/** A step ran longer than its `timeout`; its late result is compensated. */
export class StepTimeoutError extends Error {
  constructor(stepId: string, seconds: number) {
    super(`Step ${stepId} timed out after ${seconds}s`);
    this.name = "StepTimeoutError";
  }
}

function withTimeout(run: RunContext, step: StepDefinition, stepId: string, work: Promise<unknown>): Promise<unknown> {
  if (!step.timeout) return work;
  const seconds = step.timeout;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      // The handler is not interrupted: whatever it finishes later is undone.
      work
        .then((late) => {
          if (late instanceof StepResponse && step.compensate && !step.noCompensation)
            return step.compensate(late.compensateInput, stepContext(run, stepId));
          return undefined;
        })
        .catch(() => undefined);
      reject(new StepTimeoutError(stepId, seconds));
    }, seconds * 1000);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

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

/** Runs one step node: condition, input, handler with retries and timeout; records the outcome. */
export async function runStep(run: RunContext, stepId: string): Promise<void> {
  const { definition, execution } = run;
  const node = definition.composition.nodes.get(stepId);
  const state = execution.steps[stepId];
  if (!node || !state) throw new Error(`Workflow ${definition.id} has no step ${stepId}`);
  const step = effectiveStep(run, node.step);
  const runnable = step !== undefined && conditionsHold(node.conditions, definition, execution);
  state.status = "invoking";
  state.startedAt = now();
  // The attempt is counted before it starts: one a crash cut short still shows.
  if (runnable) state.attempts++;
  await run.save();
  await run.emit("onStepBegin", { step: { id: stepId, ...state } });
  if (!runnable) {
    state.status = "skipped";
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
          error instanceof PermanentStepFailure ||
          error instanceof StepTimeoutError ||
          state.attempts > (step.maxRetries ?? 0);
        if (!final && run.queued) {
          // The retry becomes a delayed job; the step stays `invoking` until it runs.
          run.queued.deferredMs = Math.max(run.queued.deferredMs ?? 0, (step.retryInterval ?? 0) * 1000);
          await run.save();
          return;
        }
        if (!final) {
          await sleep((step.retryInterval ?? 0) * 1000);
          state.attempts++;
          await run.save();
          continue;
        }
        run.thrown.set(stepId, error);
        execution.errors.push({ action: stepId, handlerType: "invoke", error: stored });
        state.status = error instanceof StepTimeoutError ? "timeout" : failedStatus(step);
        if (error instanceof StepTimeoutError) await run.emit("onTimeout", { step: { id: stepId, ...state } });
        break;
      }
    }
  }
  if (state.status !== "waiting") state.finishedAt = now();
  await run.save();
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
