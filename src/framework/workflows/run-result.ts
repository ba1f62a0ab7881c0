import type { RunResult } from "./engine-types.ts";
import { fromStoredError, type Execution } from "./execution.ts";

/**
 * What `run` answers. A failed run throws (unless `throwOnError` is false) the error its first
 * failing step threw: the original when it was thrown in this process, else one rebuilt from the
 * stored copy (a TesseraError keeps its type, so mutations still answer userErrors).
 */
export function toRunResult<R>(
  execution: Execution,
  throwOnError: boolean,
  thrown: Map<string, unknown>,
  resultFrom?: string,
): RunResult<R> {
  const failed = execution.status === "reverted" || execution.status === "failed";
  const first = execution.errors.find((e) => e.handlerType === "invoke") ?? execution.errors[0];
  if (failed && throwOnError && first)
    throw thrown.get(first.action) ?? thrown.get("workflow") ?? fromStoredError(first.error);
  return {
    // Undefined unless done: the type says R because a run that did not throw succeeded (Medusa's typing).
    result: (execution.status !== "done"
      ? undefined
      : resultFrom === undefined
        ? execution.result
        : execution.steps[resultFrom]?.output) as R,
    errors: execution.errors,
    transaction: {
      workflowId: execution.workflowId,
      transactionId: execution.transactionId,
      status: execution.status,
      steps: execution.steps,
    },
  };
}
