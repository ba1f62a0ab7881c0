import * as steps from "./steps/product-categories.ts";
import { deleteWorkflow, rowsWorkflow } from "./rows-workflows.ts";

export const createProductCategoriesWorkflow = rowsWorkflow("create-product-categories", "product_categories", "categoriesCreated", steps.createProductCategoriesStep);
export const updateProductCategoriesWorkflow = rowsWorkflow("update-product-categories", "product_categories", "categoriesUpdated", steps.updateProductCategoriesStep);
export const deleteProductCategoriesWorkflow = deleteWorkflow("delete-product-categories", "categoriesDeleted", steps.deleteProductCategoriesStep);
