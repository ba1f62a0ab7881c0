import type { CreateInput, UpdateInput } from "../../../framework/modules/service-factory.ts";
import { columnsOf, createRowsStep, softDeleteRowsStep, updateRowsStep } from "./row-steps.ts";

export const createProductTagsStepId = "create-product-tags";
export const createProductTagsStep = createRowsStep(
  createProductTagsStepId,
  (s, input: CreateInput<"ProductTag">[]) => s.createProductTags(input),
  (s, ids) => s.deleteProductTags(ids),
);

export const updateProductTagsStepId = "update-product-tags";
export const updateProductTagsStep = updateRowsStep(updateProductTagsStepId, {
  snapshot: (s, ids) => s.listProductTags({ id: ids }),
  update: (s, input: UpdateInput<"ProductTag">[]) => s.updateProductTags(input),
  restore: (s, previous) => s.updateProductTags(previous.map((row) => ({ id: row.id, ...columnsOf(row) }))),
});

export const deleteProductTagsStepId = "delete-product-tags";
export const deleteProductTagsStep = softDeleteRowsStep(deleteProductTagsStepId, {
  retrieve: (s, id) => s.retrieveProductTag(id),
  softDelete: (s, ids) => s.softDeleteProductTags(ids),
  restore: (s, ids) => s.restoreProductTags(ids),
});
