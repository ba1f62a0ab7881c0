import * as steps from "./steps/collections.ts";
import { deleteWorkflow, rowsWorkflow } from "./rows-workflows.ts";

export const createCollectionsWorkflow = rowsWorkflow("create-collections", "collections", "collectionsCreated", steps.createCollectionsStep);
export const updateCollectionsWorkflow = rowsWorkflow("update-collections", "collections", "collectionsUpdated", steps.updateCollectionsStep);
export const deleteCollectionsWorkflow = deleteWorkflow("delete-collections", "collectionsDeleted", steps.deleteCollectionsStep);
