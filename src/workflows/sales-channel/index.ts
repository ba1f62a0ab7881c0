// The sales channel module's core flows: every sales channel mutation runs one of these.
export { createSalesChannelsWorkflow } from "./create-sales-channels.ts";
export { updateSalesChannelsWorkflow } from "./update-sales-channels.ts";
export { deleteSalesChannelsWorkflow } from "./delete-sales-channels.ts";
export { linkProductsToSalesChannelWorkflow } from "./link-products-to-sales-channel.ts";
export { linkStockLocationsToSalesChannelWorkflow } from "./link-stock-locations-to-sales-channel.ts";
