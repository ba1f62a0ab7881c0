import type { UpdateInput } from "../../../framework/modules/service-factory.ts";
import type { CategoryInput } from "../../../modules/product/service.ts";
import { columnsOf, createRowsStep, each, softDeleteRowsStep, updateRowsStep } from "./row-steps.ts";

export const createProductCategoriesStepId = "create-product-categories";
export const createProductCategoriesStep = createRowsStep(
  createProductCategoriesStepId,
  (s, input: CategoryInput[]) => s.createCategoryNodes(input),
  (s, ids) => s.deleteProductCategories(ids),
);

export const updateProductCategoriesStepId = "update-product-categories";
export const updateProductCategoriesStep = updateRowsStep(updateProductCategoriesStepId, {
  snapshot: (s, ids) => each(ids, (id) => s.retrieveProductCategory(id)),
  update: (s, input: UpdateInput<"ProductCategory">[]) => each(input, (c) => s.updateCategoryNode(c)),
  // mpath is derived from the parent: moving back re-roots the subtree.
  restore: (s, previous) => each(previous, (c) => s.updateCategoryNode({ id: c.id, ...columnsOf(c, ["mpath"]) })),
});

export const deleteProductCategoriesStepId = "delete-product-categories";
export const deleteProductCategoriesStep = softDeleteRowsStep(deleteProductCategoriesStepId, {
  retrieve: (s, id) => s.retrieveProductCategory(id),
  softDelete: (s, ids) => s.softDeleteProductCategories(ids),
  restore: (s, ids) => s.restoreProductCategories(ids),
});
