import SalesChannelModule from "../modules/sales-channel/index.ts";
import StockLocationModule from "../modules/stock-location/index.ts";
import { defineLink } from "../framework/links/define-link.ts";

// Medusa's sales_channel_stock_location: the stock locations a channel sells from, many-to-many
// (SalesChannel.stockLocations / StockLocation.salesChannels). ProductVariant.availability sums
// the stock of a channel's locations.
export default defineLink(
  { linkable: SalesChannelModule.linkable.salesChannel, isList: true },
  { linkable: StockLocationModule.linkable.stockLocation, isList: true },
);
