import PricingModule from "../modules/pricing/index.ts";
import ProductModule from "../modules/product/index.ts";
import { defineLink } from "../framework/links/define-link.ts";

// A variant's prices live in the pricing module as one price set (Medusa's
// product_variant_price_set): one-to-one, so ProductVariant.priceSet / PriceSet.productVariant.
export default defineLink(ProductModule.linkable.productVariant, PricingModule.linkable.priceSet);
