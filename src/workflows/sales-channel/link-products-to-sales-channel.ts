import { channelLinksWorkflow } from "./channel-links-workflow.ts";

/**
 * Medusa's linkProductsToSalesChannelWorkflow: `{ id, add, remove }` adds products to a sales
 * channel and takes others out. Hook `salesChannelProductsLinked` receives `{ input }`.
 * @example await linkProductsToSalesChannelWorkflow(container).run({ input: { id: "sc_…", add: ["prod_…"] } })
 */
export const linkProductsToSalesChannelWorkflow = channelLinksWorkflow(
  "link-products-to-sales-channel",
  "salesChannelProductsLinked",
  {
    validate: "product_ids",
    pair: (channelId, id) => ({ product: { product_id: id }, salesChannel: { sales_channel_id: channelId } }),
  },
);
