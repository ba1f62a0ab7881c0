import { ProductEvents } from "../../modules/product/events.ts";
import * as steps from "./steps/product-types.ts";
import { deleteWorkflow, rowsWorkflow } from "./rows-workflows.ts";

export const createProductTypesWorkflow = rowsWorkflow(
  "create-product-types",
  "product_types",
  "productTypesCreated",
  steps.createProductTypesStep,
  ProductEvents.PRODUCT_TYPE_CREATED,
);
export const updateProductTypesWorkflow = rowsWorkflow(
  "update-product-types",
  "product_types",
  "productTypesUpdated",
  steps.updateProductTypesStep,
  ProductEvents.PRODUCT_TYPE_UPDATED,
);
export const deleteProductTypesWorkflow = deleteWorkflow(
  "delete-product-types",
  "productTypesDeleted",
  steps.deleteProductTypesStep,
  ProductEvents.PRODUCT_TYPE_DELETED,
);
