import { ProductEvents } from "../../modules/product/events.ts";
import * as steps from "./steps/product-options.ts";
import { deleteWorkflow, rowsWorkflow } from "./rows-workflows.ts";

export const createProductOptionsWorkflow = rowsWorkflow(
  "create-product-options",
  "product_options",
  "productOptionsCreated",
  steps.createProductOptionsStep,
  ProductEvents.PRODUCT_OPTION_CREATED,
);
export const updateProductOptionsWorkflow = rowsWorkflow(
  "update-product-options",
  "product_options",
  "productOptionsUpdated",
  steps.updateProductOptionsStep,
  ProductEvents.PRODUCT_OPTION_UPDATED,
);
export const deleteProductOptionsWorkflow = deleteWorkflow(
  "delete-product-options",
  "productOptionsDeleted",
  steps.deleteProductOptionsStep,
  ProductEvents.PRODUCT_OPTION_DELETED,
);
