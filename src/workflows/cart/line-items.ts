import type { EventMessage } from "../../framework/events/types.ts";
import type { Metadata } from "../../modules/cart/types.ts";
import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { CartEvents } from "../../modules/cart/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { refreshCartWorkflow } from "./refresh-cart.ts";
import { endRefreshedChange } from "./refreshed-change.ts";
import { addLineItemsStep, type CartItemRequest, removeLineItemsStep, updateLineItemStep } from "./steps/line-items.ts";

const updated = (cartId: string): EventMessage[] => [{ name: CartEvents.CART_UPDATED, data: { id: cartId } }];

/**
 * Adds variants to a cart (Medusa's addToCartWorkflow): checked against the cart's sales channel
 * and its stock, priced in the cart's context, taxed; emits `cart.updated`.
 * @example await addToCartWorkflow(container).run({ input: { cart_id, items: [{ variant_id, quantity: 2 }] } })
 */
export const addToCartWorkflow = createWorkflow(
  "add-to-cart",
  (input: { cart_id: string; items: CartItemRequest[] }) => {
    // The step refreshes the cart in its transaction: the refresh workflow runs its hook.
    addLineItemsStep(input);
    refreshCartWorkflow.runAsStep({
      input: transform({ input }, ({ input: i }) => ({ cart_id: i.cart_id, refreshed: i.items.length > 0 })),
    });
    emitEventStep(transform({ input }, ({ input: i }) => updated(i.cart_id)));
    return new WorkflowResponse({ id: input.cart_id });
  },
);

/** Changes a line item's quantity (Medusa's updateLineItemInCartWorkflow); re-priced and taxed; emits `cart.updated`. */
export const updateLineItemInCartWorkflow = createWorkflow(
  "update-line-item-in-cart",
  (input: { cart_id: string; item_id: string; quantity: number; metadata?: Metadata | null }) => {
    // The step refreshes the cart in its transaction: the refresh workflow runs its hook.
    updateLineItemStep(input);
    endRefreshedChange(input.cart_id);
    return new WorkflowResponse({ id: input.cart_id });
  },
);

/** Removes line items from a cart (Medusa's deleteLineItemsWorkflow); emits `cart.updated`. */
export const deleteLineItemsWorkflow = createWorkflow(
  "delete-line-items",
  (input: { cart_id: string; ids: string[] }) => {
    // The step refreshes the cart in its transaction: the refresh workflow runs its hook.
    removeLineItemsStep(input);
    endRefreshedChange(input.cart_id);
    return new WorkflowResponse({ id: input.cart_id });
  },
);
