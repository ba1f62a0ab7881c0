import { ProductEvents } from "../../modules/product/events.ts";
import * as steps from "./steps/product-categories.ts";
import { deleteWorkflow, rowsWorkflow } from "./rows-workflows.ts";

export const createProductCategoriesWorkflow = rowsWorkflow(
  "create-product-categories",
  "product_categories",
  "categoriesCreated",
  steps.createProductCategoriesStep,
  ProductEvents.PRODUCT_CATEGORY_CREATED,
);
export const updateProductCategoriesWorkflow = rowsWorkflow(
  "update-product-categories",
  "product_categories",
  "categoriesUpdated",
  steps.updateProductCategoriesStep,
  ProductEvents.PRODUCT_CATEGORY_UPDATED,
);
export const deleteProductCategoriesWorkflow = deleteWorkflow(
  "delete-product-categories",
  "categoriesDeleted",
  steps.deleteProductCategoriesStep,
  ProductEvents.PRODUCT_CATEGORY_DELETED,
);
