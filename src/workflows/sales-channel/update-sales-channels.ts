import { SalesChannelEvents } from "../../modules/sales-channel/events.ts";
import { rowsWorkflow } from "../product/rows-workflows.ts";
import { updateSalesChannelsStep } from "./steps/update-sales-channels.ts";

/**
 * Updates sales channels and emits `sales-channel.updated`. Hook `salesChannelsUpdated` receives
 * `{ salesChannels, additional_data }`; if it throws, the old values are written back.
 */
export const updateSalesChannelsWorkflow = rowsWorkflow(
  "update-sales-channels",
  "salesChannels",
  "salesChannelsUpdated",
  updateSalesChannelsStep,
  SalesChannelEvents.SALES_CHANNEL_UPDATED,
);
