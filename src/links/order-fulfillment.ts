import FulfillmentModule from "../modules/fulfillment/index.ts";
import OrderModule from "../modules/order/index.ts";
import { defineLink } from "../framework/links/define-link.ts";

// Medusa's order_fulfillment: the fulfillments an order's items left with (createOrderFulfillment);
// a fulfillment belongs to one order.
export default defineLink(OrderModule.linkable.order, {
  linkable: FulfillmentModule.linkable.fulfillment,
  isList: true,
});
