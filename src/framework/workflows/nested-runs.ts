import { TesseraError } from "../errors/tessera-error.ts";
import type { SetStepOptions } from "./engine-types.ts";
import type { Execution } from "./execution.ts";
import { PARENT_STEP, type ParentStep } from "./step-definition.ts";
import { StepResponse } from "./step-response.ts";

// A nested run (runAsStep) that parked — a retry due later, an async step waiting — left its outer
// step waiting. When it finishes, in whichever process that is, it resolves that step with its
// result (or fails it with its error), and the outer run goes on from there.

/** The outer step of a nested run (runAsStep puts it in the run's context). */
export function parentStepOf(execution: Execution): ParentStep | undefined {
  const parent = execution.metadata?.[PARENT_STEP] as Partial<ParentStep> | undefined;
  return parent?.workflowId && parent.transactionId && parent.stepId ? (parent as ParentStep) : undefined;
}

interface AsyncStepResolver {
  setStepSuccess(options: SetStepOptions): Promise<unknown>;
  setStepFailure(options: SetStepOptions): Promise<unknown>;
}

/**
 * Resolves the outer step with the finished nested run. An outer step that is not waiting has
 * nothing to resolve: it got the result inline, or its run moved on (timed out and compensated,
 * which cancels the nested run).
 */
export async function reportToParent(
  engine: AsyncStepResolver,
  parent: ParentStep,
  execution: Execution,
): Promise<void> {
  const idempotencyKey = { ...parent, action: "invoke" as const };
  try {
    if (execution.status === "done") {
      await engine.setStepSuccess({
        idempotencyKey,
        stepResponse: new StepResponse(execution.result, { transactionId: execution.transactionId }),
        options: { throwOnError: false },
      });
    } else {
      const cause = execution.errors.find((e) => e.handlerType === "invoke")?.error;
      await engine.setStepFailure({
        idempotencyKey,
        stepResponse: new Error(cause?.message ?? `Nested workflow ${execution.workflowId} ${execution.status}`),
        options: { throwOnError: false },
      });
    }
  } catch (error) {
    if (TesseraError.is(error) && error.type === TesseraError.Types.NOT_ALLOWED) return;
    throw error;
  }
}
