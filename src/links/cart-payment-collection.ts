import CartModule from "../modules/cart/index.ts";
import PaymentModule from "../modules/payment/index.ts";
import { defineLink } from "../framework/links/define-link.ts";

// Medusa's cart_payment_collection: what a cart owes, one collection per cart (its sessions are
// the customer's attempts to pay); the order placed from the cart is linked to the same collection.
export default defineLink(CartModule.linkable.cart, PaymentModule.linkable.paymentCollection);
