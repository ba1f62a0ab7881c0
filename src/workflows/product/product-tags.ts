import * as steps from "./steps/product-tags.ts";
import { deleteWorkflow, rowsWorkflow } from "./rows-workflows.ts";

export const createProductTagsWorkflow = rowsWorkflow("create-product-tags", "product_tags", "productTagsCreated", steps.createProductTagsStep);
export const updateProductTagsWorkflow = rowsWorkflow("update-product-tags", "product_tags", "productTagsUpdated", steps.updateProductTagsStep);
export const deleteProductTagsWorkflow = deleteWorkflow("delete-product-tags", "productTagsDeleted", steps.deleteProductTagsStep);
