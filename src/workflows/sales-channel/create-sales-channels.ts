import { SalesChannelEvents } from "../../modules/sales-channel/events.ts";
import { rowsWorkflow } from "../product/rows-workflows.ts";
import { createSalesChannelsStep } from "./steps/create-sales-channels.ts";

/**
 * Creates sales channels and emits `sales-channel.created`. Hook `salesChannelsCreated` receives
 * `{ salesChannels, additional_data }`; if it throws, the channels are deleted and nothing is emitted.
 * @example await createSalesChannelsWorkflow(container).run({ input: { salesChannels: [{ name: "Webshop" }] } })
 */
export const createSalesChannelsWorkflow = rowsWorkflow(
  "create-sales-channels",
  "salesChannels",
  "salesChannelsCreated",
  createSalesChannelsStep,
  SalesChannelEvents.SALES_CHANNEL_CREATED,
);
