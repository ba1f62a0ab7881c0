import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { type CartRefreshUndo, refreshCart, undoRefreshCart } from "../refresh-state.ts";
import { withLockedCart } from "./locked.ts";

export const refreshCartStepId = "refresh-cart-state";
/**
 * Refreshes the cart after a change in one transaction under its lock, from one read of it:
 * prices, shipping methods, promotion adjustments and tax lines (`refreshCart`). Compensation
 * puts back what it changed. Nothing to do when the change refreshed the cart itself (`refreshed`).
 */
export const refreshCartStep = createStep(
  refreshCartStepId,
  async (input: { cart_id: string; refreshed?: boolean }, { container }) => {
    // The change before refreshed the cart under its own lock (and undoes that refresh itself).
    if (input.refreshed) return new StepResponse(undefined, undefined);
    const undo = await withLockedCart(container, input.cart_id, (ctx) => refreshCart(container, input.cart_id, ctx));
    return new StepResponse(undefined, undo);
  },
  async (undo: CartRefreshUndo | undefined, { container }) => {
    if (!undo) return;
    await withLockedCart(container, undo.cart_id, (ctx) => undoRefreshCart(container, undo, ctx), {
      allowCompleted: true,
    });
  },
);
