import CartModule from "../modules/cart/index.ts";
import OrderModule from "../modules/order/index.ts";
import { defineLink } from "../framework/links/define-link.ts";

// Medusa's order_cart: the cart an order was placed from, one each way. Completing a completed
// cart answers the order found through this link.
export default defineLink(OrderModule.linkable.order, CartModule.linkable.cart);
