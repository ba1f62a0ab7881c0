import { ProductEvents } from "../../modules/product/events.ts";
import { deleteProductsStep } from "./steps/delete-products.ts";
import { deleteWorkflow } from "./rows-workflows.ts";

/** Soft-deletes products with their variants, options and images; hook `productsDeleted` receives `{ ids }`. */
export const deleteProductsWorkflow = deleteWorkflow("delete-products", "productsDeleted", deleteProductsStep, ProductEvents.PRODUCT_DELETED);
