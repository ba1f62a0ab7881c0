import * as steps from "./steps/product-types.ts";
import { deleteWorkflow, rowsWorkflow } from "./rows-workflows.ts";

export const createProductTypesWorkflow = rowsWorkflow("create-product-types", "product_types", "productTypesCreated", steps.createProductTypesStep);
export const updateProductTypesWorkflow = rowsWorkflow("update-product-types", "product_types", "productTypesUpdated", steps.updateProductTypesStep);
export const deleteProductTypesWorkflow = deleteWorkflow("delete-product-types", "productTypesDeleted", steps.deleteProductTypesStep);
