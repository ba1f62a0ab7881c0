import * as steps from "./steps/product-options.ts";
import { deleteWorkflow, rowsWorkflow } from "./rows-workflows.ts";

export const createProductOptionsWorkflow = rowsWorkflow("create-product-options", "product_options", "productOptionsCreated", steps.createProductOptionsStep);
export const updateProductOptionsWorkflow = rowsWorkflow("update-product-options", "product_options", "productOptionsUpdated", steps.updateProductOptionsStep);
export const deleteProductOptionsWorkflow = deleteWorkflow("delete-product-options", "productOptionsDeleted", steps.deleteProductOptionsStep);
