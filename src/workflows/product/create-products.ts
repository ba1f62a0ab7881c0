import { ProductEvents } from "../../modules/product/events.ts";
import { createProductsStep } from "./steps/create-products.ts";
import { rowsWorkflow } from "./rows-workflows.ts";

/**
 * Creates products (with options, variants, images, tags, categories). Hook `productsCreated`
 * receives `{ products, additional_data }`; if it throws, the products are deleted again.
 * @example await createProductsWorkflow(container).run({ input: { products: [{ title: "Shirt" }] } })
 */
export const createProductsWorkflow = rowsWorkflow("create-products", "products", "productsCreated", createProductsStep, ProductEvents.PRODUCT_CREATED);
