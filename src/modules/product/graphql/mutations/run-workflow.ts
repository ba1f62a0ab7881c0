import type { TesseraContainer } from "../../../../framework/container/container.ts";
import { builder } from "../../../../framework/graphql/builder.ts";
import type { WorkflowRunner } from "../../../../framework/workflows/index.ts";

/** Description of the optional `idempotencyKey` every product mutation input takes. */
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
  const { result } = await workflow(scope).run({ input, transactionId: idempotencyKey ?? undefined });
  return result as R;
}

/** `{ id, idempotencyKey }`: the input of the product module's delete mutations. */
export const IdempotentDeleteInput = builder.inputType("IdempotentDeleteInput", {
  fields: (t) => ({ id: t.id({ required: true }), idempotencyKey: t.string({ description: idempotencyKeyDescription }) }),
});
