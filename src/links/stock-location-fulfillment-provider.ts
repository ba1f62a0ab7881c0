import FulfillmentModule from "../modules/fulfillment/index.ts";
import StockLocationModule from "../modules/stock-location/index.ts";
import { defineLink } from "../framework/links/define-link.ts";

// Medusa's location_fulfillment_provider: the providers a stock location ships with, many-to-many.
export default defineLink(
  { linkable: StockLocationModule.linkable.stockLocation, isList: true },
  { linkable: FulfillmentModule.linkable.fulfillmentProvider, isList: true },
);
