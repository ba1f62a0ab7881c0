import { channelLinksWorkflow } from "./channel-links-workflow.ts";

/**
 * `{ id, add, remove }`: the stock locations a sales channel sells from (Medusa links them from
 * the location's side, linkSalesChannelsToStockLocationWorkflow). Hook
 * `salesChannelStockLocationsLinked` receives `{ input }`.
 */
export const linkStockLocationsToSalesChannelWorkflow = channelLinksWorkflow(
  "link-stock-locations-to-sales-channel",
  "salesChannelStockLocationsLinked",
  {
    validate: "stock_location_ids",
    pair: (channelId, id) => ({
      salesChannel: { sales_channel_id: channelId },
      stockLocation: { stock_location_id: id },
    }),
  },
);
