import { softDeleteRowsStep } from "./row-steps.ts";

export const deleteProductsStepId = "delete-products";
/** Soft-deletes products with their variants, options and images; compensation restores them. */
export const deleteProductsStep = softDeleteRowsStep(deleteProductsStepId, {
  retrieve: (s, id) => s.retrieveProduct(id),
  softDelete: (s, ids) => s.softDeleteProducts(ids),
  restore: (s, ids) => s.restoreProducts(ids),
});
