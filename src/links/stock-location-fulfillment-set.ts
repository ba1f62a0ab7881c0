import FulfillmentModule from "../modules/fulfillment/index.ts";
import StockLocationModule from "../modules/stock-location/index.ts";
import { defineLink } from "../framework/links/define-link.ts";

// Medusa's location_fulfillment_set: a stock location ships (or serves pickups) through its
// fulfillment sets; a set belongs to one location and goes with it (deleteCascades).
export default defineLink(
  { linkable: StockLocationModule.linkable.stockLocation, isList: false },
  { linkable: FulfillmentModule.linkable.fulfillmentSet, isList: true, deleteCascades: true },
);
