import CartModule from "../modules/cart/index.ts";
import PromotionModule from "../modules/promotion/index.ts";
import { defineLink } from "../framework/links/define-link.ts";

// Medusa's cart_promotion: the promotions applied to a cart (codes the shopper entered and
// automatic ones), kept by the cart's refresh to what currently applies. A cart has many, a
// promotion is on many carts.
export default defineLink(
  { linkable: CartModule.linkable.cart, isList: true },
  { linkable: PromotionModule.linkable.promotion, isList: true },
);
