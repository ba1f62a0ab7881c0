import { deleteWorkflow, rowsWorkflow } from "../common/rows-workflows.ts";
import { createReturnReasonsStep, deleteReturnReasonsStep, updateReturnReasonsStep } from "./steps/return-reasons.ts";

/** Return reasons' events (Medusa's names); payload `{ id }`. */
export const ReturnReasonEvents = {
  CREATED: "return_reason.created",
  UPDATED: "return_reason.updated",
  DELETED: "return_reason.deleted",
} as const;

/** Creates return reasons; hook `returnReasonsCreated` receives `{ return_reasons, additional_data }`. */
export const createReturnReasonsWorkflow = rowsWorkflow(
  "create-return-reasons",
  "return_reasons",
  "returnReasonsCreated",
  createReturnReasonsStep,
  ReturnReasonEvents.CREATED,
);

/** Updates return reasons; hook `returnReasonsUpdated` receives `{ return_reasons, additional_data }`. */
export const updateReturnReasonsWorkflow = rowsWorkflow(
  "update-return-reasons",
  "return_reasons",
  "returnReasonsUpdated",
  updateReturnReasonsStep,
  ReturnReasonEvents.UPDATED,
);

/** Soft-deletes return reasons; hook `returnReasonsDeleted` receives `{ ids }`. */
export const deleteReturnReasonsWorkflow = deleteWorkflow(
  "delete-return-reasons",
  "returnReasonsDeleted",
  deleteReturnReasonsStep,
  ReturnReasonEvents.DELETED,
);
