import * as steps from "./steps/product-variants.ts";
import { deleteWorkflow, rowsWorkflow } from "./rows-workflows.ts";

export const createProductVariantsWorkflow = rowsWorkflow("create-product-variants", "product_variants", "productVariantsCreated", steps.createProductVariantsStep);
export const updateProductVariantsWorkflow = rowsWorkflow("update-product-variants", "product_variants", "productVariantsUpdated", steps.updateProductVariantsStep);
export const deleteProductVariantsWorkflow = deleteWorkflow("delete-product-variants", "productVariantsDeleted", steps.deleteProductVariantsStep);
