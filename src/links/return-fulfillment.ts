import FulfillmentModule from "../modules/fulfillment/index.ts";
import OrderModule from "../modules/order/index.ts";
import { defineLink } from "../framework/links/define-link.ts";

// Medusa's return_fulfillment: the fulfillment a return comes back with when it has a return
// shipping option (booked with that option's provider, to the return's location).
export default defineLink(OrderModule.linkable.return, {
  linkable: FulfillmentModule.linkable.fulfillment,
  isList: true,
});
