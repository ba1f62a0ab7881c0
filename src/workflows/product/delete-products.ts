import { ProductEvents } from "../../modules/product/events.ts";
import { createStep, StepResponse } from "../../framework/workflows/index.ts";
import type { LinkRoots } from "../common/steps/remove-remote-links.ts";
import { deleteProductsStep } from "./steps/delete-products.ts";
import { deleteWorkflow } from "./rows-workflows.ts";

/** The products and their live variants, as link roots: both sides may be linked (brand, prices, stock). */
const productLinkRootsStep = createStep("product-link-roots", async (ids: string[], { container }) => {
  const variants = ids.length
    ? await container.resolve("product").listProductVariants({ product_id: ids }, { select: ["id"] })
    : [];
  const roots: LinkRoots = { product: { product_id: ids, product_variant_id: variants.map((v) => v.id) } };
  return new StepResponse(roots);
});

/**
 * Soft-deletes products with their variants, options and images, and their links (a variant's
 * price set goes with it); hook `productsDeleted` receives `{ ids }`.
 */
export const deleteProductsWorkflow = deleteWorkflow(
  "delete-products",
  "productsDeleted",
  deleteProductsStep,
  ProductEvents.PRODUCT_DELETED,
  (ids) => productLinkRootsStep(ids),
);
