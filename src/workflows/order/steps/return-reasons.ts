import type { Metadata } from "../../../modules/order/types.ts";
import { each, moduleRowSteps } from "../../common/steps/module-rows.ts";

const { createRowsStep, updateRowsStep, softDeleteRowsStep } = moduleRowSteps("order");

/** A reason a customer gives for a return (Medusa's ReturnReason). */
export interface ReturnReasonInput {
  value: string;
  label: string;
  description?: string | null;
  metadata?: Metadata | null;
}
export type ReturnReasonUpdate = Partial<ReturnReasonInput> & { id: string };

const row = (r: Partial<ReturnReasonInput>) => ({ ...r, metadata: r.metadata ?? undefined });

export const createReturnReasonsStepId = "create-return-reasons";
/** Creates return reasons; compensation deletes them. */
export const createReturnReasonsStep = createRowsStep(
  createReturnReasonsStepId,
  (s, input: ReturnReasonInput[]) =>
    each(input, (r) => s.createReturnReasons({ ...row(r), value: r.value, label: r.label })),
  (s, ids) => s.deleteReturnReasons(ids),
);

export const updateReturnReasonsStepId = "update-return-reasons";
/** Updates return reasons; compensation writes back what they were. */
export const updateReturnReasonsStep = updateRowsStep(updateReturnReasonsStepId, {
  snapshot: (s, ids) => each(ids, (id) => s.retrieveReturnReason(id)),
  update: (s, input: ReturnReasonUpdate[]) => each(input, (r) => s.updateReturnReasons({ ...row(r), id: r.id })),
  restore: (s, previous) =>
    each(previous, (r) =>
      s.updateReturnReasons({
        id: r.id,
        value: r.value,
        label: r.label,
        description: r.description,
        metadata: r.metadata ?? undefined,
      }),
    ),
});

export const deleteReturnReasonsStepId = "delete-return-reasons";
/** Soft-deletes return reasons (returns keep naming them); compensation restores them. */
export const deleteReturnReasonsStep = softDeleteRowsStep(deleteReturnReasonsStepId, {
  retrieve: (s, id) => s.retrieveReturnReason(id),
  softDelete: (s, ids) => s.softDeleteReturnReasons(ids),
  restore: (s, ids) => s.restoreReturnReasons(ids),
});
