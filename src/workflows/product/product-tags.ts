import { ProductEvents } from "../../modules/product/events.ts";
import * as steps from "./steps/product-tags.ts";
import { deleteWorkflow, rowsWorkflow } from "./rows-workflows.ts";

export const createProductTagsWorkflow = rowsWorkflow(
  "create-product-tags",
  "product_tags",
  "productTagsCreated",
  steps.createProductTagsStep,
  ProductEvents.PRODUCT_TAG_CREATED,
);
export const updateProductTagsWorkflow = rowsWorkflow(
  "update-product-tags",
  "product_tags",
  "productTagsUpdated",
  steps.updateProductTagsStep,
  ProductEvents.PRODUCT_TAG_UPDATED,
);
export const deleteProductTagsWorkflow = deleteWorkflow(
  "delete-product-tags",
  "productTagsDeleted",
  steps.deleteProductTagsStep,
  ProductEvents.PRODUCT_TAG_DELETED,
);
