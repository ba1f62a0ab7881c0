import { ProductEvents } from "../../modules/product/events.ts";
import { updateProductsStep } from "./steps/update-products.ts";
import { rowsWorkflow } from "./rows-workflows.ts";

/** Updates products; hook `productsUpdated` receives `{ products, additional_data }`. */
export const updateProductsWorkflow = rowsWorkflow(
  "update-products",
  "products",
  "productsUpdated",
  updateProductsStep,
  ProductEvents.PRODUCT_UPDATED,
);
