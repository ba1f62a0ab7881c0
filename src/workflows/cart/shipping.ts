import type { EventMessage } from "../../framework/events/types.ts";
import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { CartEvents } from "../../modules/cart/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { refreshCartWorkflow } from "./refresh-cart.ts";
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
    // The step refreshed the cart in its transaction: the refresh workflow runs its hook.
    refreshCartWorkflow.runAsStep({
      input: transform({ input }, ({ input: i }) => ({ cart_id: i.cart_id, refreshed: true })),
    });
    emitEventStep(
      transform({ input }, ({ input: i }): EventMessage[] => [
        { name: CartEvents.CART_UPDATED, data: { id: i.cart_id } },
      ]),
    );
    return new WorkflowResponse({ id: input.cart_id });
  },
);
