import OrderModule from "../modules/order/index.ts";
import PaymentModule from "../modules/payment/index.ts";
import { defineLink } from "../framework/links/define-link.ts";

// Medusa's order_payment_collection: what an order was paid with (the cart's collection at
// placement; order changes may add more later), so an order has a list of collections.
export default defineLink(OrderModule.linkable.order, {
  linkable: PaymentModule.linkable.paymentCollection,
  isList: true,
});
