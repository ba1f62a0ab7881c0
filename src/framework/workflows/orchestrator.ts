import { resolveTemplate, toStoredError } from "./execution.ts";
import { pastTimeout } from "./deadline.ts";
import { effectiveStep, now, stepContext, type RunContext } from "./run-context.ts";
import { runStep } from "./run-step.ts";
import { WorkflowTimeoutError } from "./workflow-timeout-error.ts";

export { WorkflowTimeoutError };

const forward = new Set(["done", "skipped", "permanent_failure", "skipped_failure"]);

/**
 * Runs the execution forward from where it stands: stage after stage (a stage's steps in
 * parallel) until it finishes, waits on an async step, or fails and compensates.
 */
export async function advance(run: RunContext): Promise<void> {
  const { definition, execution } = run;
  let ranStage = false;
  for (const stage of definition.composition.stages) {
    if (execution.status !== "invoking") break;
    const steps = stage.map((id) => ({ id, state: execution.steps[id] }));
    const pending = steps.filter((s) => s.state?.status === "not_started" || s.state?.status === "invoking");
    // Queue-driven: one stage per job, the next stage is the next job.
    if (run.queued && ranStage && pending.length) return run.save();
    // A run resumed after its deadline (a retry due later, a job delayed) starts no further step.
    if (pending.length && timedOut(run)) {
      await run.emit("onTimeout");
      execution.status = "compensating";
      break;
    }
    ranStage ||= pending.length > 0;
    await Promise.all(pending.map((s) => runStep(run, s.id)));
    skipAfterFailure(run, stage);
    if (run.deferredMs !== undefined && steps.some((s) => s.state?.status === "invoking")) return run.save();
    if (steps.some((s) => s.state?.status === "failed" || s.state?.status === "timeout")) {
      execution.status = "compensating";
    } else if (timedOut(run)) {
      await run.emit("onTimeout");
      execution.status = "compensating";
    } else if (steps.some((s) => s.state?.status === "waiting")) {
      execution.status = "waiting";
    } else if (!steps.every((s) => forward.has(s.state?.status ?? ""))) {
      throw new Error(`Workflow ${definition.id}: stage ${stage.join(",")} ended in an unexpected state`);
    }
  }
  if (execution.status === "compensating") return compensate(run);
  if (execution.status === "waiting") return run.save();
  if (execution.status !== "invoking") return;
  execution.result = resolveTemplate(definition.result, definition, execution);
  execution.status = "done";
  execution.finishedAt = now();
  await run.save();
  await run.emit("onFinish", { result: execution.result, status: execution.status });
}

/** `skipOnPermanentFailure`: a skipped failure skips the later stages, up to a named step. */
function skipAfterFailure(run: RunContext, stage: string[]): void {
  const { definition, execution } = run;
  for (const id of stage) {
    const option = definition.composition.nodes.get(id)?.step.skipOnPermanentFailure;
    if (execution.steps[id]?.status !== "skipped_failure" || !option) continue;
    const later = definition.composition.stages.slice(definition.composition.stages.indexOf(stage) + 1);
    for (const next of later) {
      if (typeof option === "string" && next.includes(option)) return;
      for (const nextId of next) {
        const state = execution.steps[nextId];
        if (state?.status === "not_started") state.status = "skipped";
      }
    }
  }
}

function timedOut(run: RunContext): boolean {
  if (!pastTimeout(run.definition, run.execution)) return false;
  recordTimeout(run);
  return true;
}

function recordTimeout(run: RunContext): void {
  const error = new WorkflowTimeoutError(run.definition.id, run.definition.options.timeout ?? 0);
  run.thrown.set("workflow", error);
  run.execution.errors.push({ action: run.definition.id, handlerType: "invoke", error: toStoredError(error) });
}

/**
 * The deadline timer of a run left waiting (an async step nobody resolved): the run fails with a
 * WorkflowTimeoutError and its completed steps compensate. The caller has claimed the run.
 */
export async function expireWaiting(run: RunContext): Promise<void> {
  recordTimeout(run);
  await run.emit("onTimeout");
  await compensate(run);
}

/** Undoes the completed steps in reverse order; a compensation that throws leaves the run `failed`. */
export async function compensate(run: RunContext): Promise<void> {
  const { definition, execution } = run;
  execution.status = "compensating";
  await run.save();
  await run.emit("onCompensateBegin");
  let failed = false;
  for (const stage of [...definition.composition.stages].reverse()) {
    await Promise.all(
      [...stage].reverse().map(async (id) => {
        const state = execution.steps[id];
        const node = definition.composition.nodes.get(id);
        if (!state || !node) return;
        // A nested run still going is rolled back with it (its step's compensation cancels it).
        const nestedWaiting = state.status === "waiting" && node.step.nested === true;
        if (state.status === "waiting" && !nestedWaiting) state.status = "reverted";
        if (state.status !== "done" && !nestedWaiting) return;
        const step = effectiveStep(run, node.step);
        if (!step?.compensate || step.noCompensation) return;
        state.status = "compensating";
        await run.save();
        try {
          await step.compensate(state.compensateInput, stepContext(run, id));
          state.status = "reverted";
          await run.emit("onCompensateStepSuccess", { step: { id, ...state } });
        } catch (error) {
          failed = true;
          state.status = "failed";
          state.errors.push(toStoredError(error));
          execution.errors.push({ action: id, handlerType: "compensate", error: toStoredError(error) });
        }
      }),
    );
  }
  execution.status = failed ? "failed" : "reverted";
  execution.finishedAt = now();
  await run.save();
  await run.emit("onFinish", { errors: execution.errors, status: execution.status });
}
