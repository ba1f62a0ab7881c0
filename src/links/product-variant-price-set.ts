import PricingModule from "../modules/pricing/index.ts";
import ProductModule from "../modules/product/index.ts";
import { defineLink } from "../framework/links/define-link.ts";

// A variant's prices live in the pricing module as one price set (Medusa's
// product_variant_price_set): one-to-one, so ProductVariant.priceSet / PriceSet.productVariant.
// The price set is the variant's alone, so deleting the variant deletes it (deleteCascades).
export default defineLink(ProductModule.linkable.productVariant, {
  linkable: PricingModule.linkable.priceSet,
  deleteCascades: true,
});
