// The cart workflows: every change ends with refreshCartWorkflow (prices, adjustments hook, tax lines).
export { createCartWorkflow, type CreateCartWorkflowInput } from "./create-cart.ts";
export { addToCartWorkflow, deleteLineItemsWorkflow, updateLineItemInCartWorkflow } from "./line-items.ts";
export { refreshCartWorkflow } from "./refresh-cart.ts";
export { updateCartWorkflow, type UpdateCartWorkflowInput } from "./update-cart.ts";
export { addShippingMethodToCartWorkflow } from "./shipping.ts";
export { updateCartPromotionsWorkflow } from "./update-cart-promotions.ts";
export { completeCartWorkflow } from "./complete-cart.ts";
export { createCartPaymentCollectionWorkflow, initiateCartPaymentSessionWorkflow } from "./cart-payment.ts";
