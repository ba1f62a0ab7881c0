import type { Execution } from "./execution.ts";
import { containsRedacted } from "./redact.ts";
import { now, type RunContext } from "./run-context.ts";

/** Whether a reloaded run can be compensated: no completed step's compensation input was redacted. */
export function undoable(execution: Execution): boolean {
  return !Object.values(execution.steps).some(
    (state) => state.status === "done" && containsRedacted(state.compensateInput),
  );
}

/** Ends a run a crash cut short that can neither resume nor compensate: `failed`, with the reason. */
export async function abandon(run: RunContext): Promise<void> {
  const { execution } = run;
  const error = {
    message: "Interrupted, and its secrets were not stored: it cannot be resumed or undone",
    name: "AbandonedRunError",
  };
  execution.errors.push({ action: execution.workflowId, handlerType: "invoke", error });
  execution.status = "failed";
  execution.finishedAt = now();
  await run.save();
  await run.emit("onFinish", { errors: execution.errors, status: execution.status });
}
