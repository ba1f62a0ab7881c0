import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import ProductVariantPriceSet from "../../../links/product-variant-price-set.ts";

export const listVariantPriceSetsStepId = "list-variant-price-sets";

/** The price set linked to each of the variants: `{ [variant_id]: price_set_id }` (variants without one are left out). */
export const listVariantPriceSetsStep = createStep(
  listVariantPriceSetsStepId,
  async (variantIds: string[], { container }) => {
    if (!variantIds.length) return new StepResponse<Record<string, string>>({});
    const rows = await container.resolve("link").list(ProductVariantPriceSet, { product_variant_id: variantIds });
    return new StepResponse(
      Object.fromEntries(rows.map((r) => [String(r.product_variant_id), String(r.price_set_id)])),
    );
  },
);
