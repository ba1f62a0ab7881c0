import { ProductEvents } from "../../modules/product/events.ts";
import * as steps from "./steps/collections.ts";
import { deleteWorkflow, rowsWorkflow } from "./rows-workflows.ts";

export const createCollectionsWorkflow = rowsWorkflow(
  "create-collections",
  "collections",
  "collectionsCreated",
  steps.createCollectionsStep,
  ProductEvents.PRODUCT_COLLECTION_CREATED,
);
export const updateCollectionsWorkflow = rowsWorkflow(
  "update-collections",
  "collections",
  "collectionsUpdated",
  steps.updateCollectionsStep,
  ProductEvents.PRODUCT_COLLECTION_UPDATED,
);
export const deleteCollectionsWorkflow = deleteWorkflow(
  "delete-collections",
  "collectionsDeleted",
  steps.deleteCollectionsStep,
  ProductEvents.PRODUCT_COLLECTION_DELETED,
);
