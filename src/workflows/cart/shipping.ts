import { createWorkflow, WorkflowResponse } from "../../framework/workflows/index.ts";
import { endRefreshedChange } from "./refreshed-change.ts";
import { addShippingMethodToCartStep, type CartShippingOptionRequest } from "./steps/shipping-methods.ts";

/**
 * Ships a cart with shipping options (Medusa's addShippingMethodToCartWorkflow): each must be
 * valid for the cart (SHIPPING_OPTION_INVALID otherwise), is priced in the cart's currency and
 * region, and replaces the cart's method of the same shipping profile; the cart is refreshed
 * (promotions such as free shipping, taxes) in the same transaction, from the same read of it and
 * the options computed to validate the choice; emits `cart.updated`.
 * @example await addShippingMethodToCartWorkflow(container).run({ input: { cart_id, options: [{ id: "so_…" }] } })
 */
export const addShippingMethodToCartWorkflow = createWorkflow(
  "add-shipping-method-to-cart",
  (input: { cart_id: string; options: CartShippingOptionRequest[] }) => {
    addShippingMethodToCartStep(input);
    endRefreshedChange(input.cart_id);
    return new WorkflowResponse({ id: input.cart_id });
  },
);
