import type { TesseraContainer } from "../container/container.ts";
import { TesseraError } from "../errors/tessera-error.ts";
import { builder } from "./builder.ts";
import type { WorkflowRunner } from "../workflows/index.ts";

/** Description of the optional `idempotencyKey` every workflow-backed mutation input takes. */
export const idempotencyKeyDescription = "Retrying with the same key returns the first result; the work is done once.";

/**
 * Runs a mutation's workflow in the request scope. The idempotency key becomes the run's
 * transactionId; a failed step's error is thrown after compensation (withUserErrors maps it).
 */
export async function runMutationWorkflow<I, R>(
  workflow: (container: TesseraContainer) => WorkflowRunner<I, R>,
  scope: TesseraContainer,
  input: I,
  idempotencyKey: string | null | undefined,
): Promise<R> {
  if (idempotencyKey != null && !/^[A-Za-z0-9_.-]{1,200}$/.test(idempotencyKey)) {
    // ":" separates a nested workflow's run from its parent's, so a key may not contain it.
    throw new TesseraError(
      TesseraError.Types.INVALID_DATA,
      "idempotencyKey: letters, digits, '_', '-' and '.' only (at most 200)",
      { field: ["idempotencyKey"] },
    );
  }
  const { result } = await workflow(scope).run({ input, transactionId: idempotencyKey ?? undefined });
  return result as R;
}

/** `{ id, idempotencyKey }`: the input of delete mutations that run a workflow. */
export const IdempotentDeleteInput = builder.inputType("IdempotentDeleteInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
