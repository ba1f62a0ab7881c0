import FulfillmentModule from "../modules/fulfillment/index.ts";
import PricingModule from "../modules/pricing/index.ts";
import { defineLink } from "../framework/links/define-link.ts";

// Medusa's shipping_option_price_set: a flat shipping option's prices (per currency, and per
// region through a region_id price rule) live in the pricing module as one price set, the
// option's alone, so deleting the option deletes it (deleteCascades).
export default defineLink(FulfillmentModule.linkable.shippingOption, {
  linkable: PricingModule.linkable.priceSet,
  deleteCascades: true,
});
