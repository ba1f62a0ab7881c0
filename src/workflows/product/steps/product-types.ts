import type { CreateInput, UpdateInput } from "../../../framework/modules/service-factory.ts";
import { columnsOf, createRowsStep, softDeleteRowsStep, updateRowsStep } from "./row-steps.ts";

export const createProductTypesStepId = "create-product-types";
export const createProductTypesStep = createRowsStep(
  createProductTypesStepId,
  (s, input: CreateInput<"ProductType">[]) => s.createProductTypes(input),
  (s, ids) => s.deleteProductTypes(ids),
);

export const updateProductTypesStepId = "update-product-types";
export const updateProductTypesStep = updateRowsStep(updateProductTypesStepId, {
  snapshot: (s, ids) => s.listProductTypes({ id: ids }),
  update: (s, input: UpdateInput<"ProductType">[]) => s.updateProductTypes(input),
  restore: (s, previous) => s.updateProductTypes(previous.map((row) => ({ id: row.id, ...columnsOf(row) }))),
});

export const deleteProductTypesStepId = "delete-product-types";
export const deleteProductTypesStep = softDeleteRowsStep(deleteProductTypesStepId, {
  retrieve: (s, id) => s.retrieveProductType(id),
  softDelete: (s, ids) => s.softDeleteProductTypes(ids),
  restore: (s, ids) => s.restoreProductTypes(ids),
});
