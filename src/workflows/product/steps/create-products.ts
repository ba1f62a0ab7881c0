import type { ProductTreeInput } from "../../../modules/product/service.ts";
import { createRowsStep } from "./row-steps.ts";

export const createProductsStepId = "create-products";
/** Creates products with their options, variants, images, tags and categories; compensation deletes them. */
export const createProductsStep = createRowsStep(
  createProductsStepId,
  (s, input: ProductTreeInput[]) => s.createProductTrees(input),
  (s, ids) => s.deleteProducts(ids),
);
