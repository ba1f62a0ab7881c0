import ProductModule from "../modules/product/index.ts";
import SalesChannelModule from "../modules/sales-channel/index.ts";
import { defineLink } from "../framework/links/define-link.ts";

// Medusa's product_sales_channel: a product is sold in any number of sales channels, a channel
// sells many products (Product.salesChannels / SalesChannel.products). A storefront's publishable
// key sees only the products linked to one of its channels.
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  { linkable: SalesChannelModule.linkable.salesChannel, isList: true },
);
