import type { CreateInput, UpdateInput } from "../../../framework/modules/service-factory.ts";
import { columnsOf, createRowsStep, softDeleteRowsStep, updateRowsStep } from "./row-steps.ts";

export const createCollectionsStepId = "create-collections";
export const createCollectionsStep = createRowsStep(
  createCollectionsStepId,
  (s, input: CreateInput<"ProductCollection">[]) => s.createProductCollections(input),
  (s, ids) => s.deleteProductCollections(ids),
);

export const updateCollectionsStepId = "update-collections";
export const updateCollectionsStep = updateRowsStep(updateCollectionsStepId, {
  snapshot: (s, ids) => s.listProductCollections({ id: ids }),
  update: (s, input: UpdateInput<"ProductCollection">[]) => s.updateProductCollections(input),
  restore: (s, previous) => s.updateProductCollections(previous.map((row) => ({ id: row.id, ...columnsOf(row) }))),
});

export const deleteCollectionsStepId = "delete-collections";
export const deleteCollectionsStep = softDeleteRowsStep(deleteCollectionsStepId, {
  retrieve: (s, id) => s.retrieveProductCollection(id),
  softDelete: (s, ids) => s.softDeleteProductCollections(ids),
  restore: (s, ids) => s.restoreProductCollections(ids),
});
