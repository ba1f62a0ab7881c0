import { createHook, createWorkflow, when, WorkflowResponse } from "../../framework/workflows/index.ts";
import { refreshCartStep } from "./steps/refresh-cart.ts";

/**
 * The one refresh every cart change ends with, so a cart never shows stale prices, shipping,
 * discounts or taxes. One step, one transaction under the cart's row lock, one read of the cart:
 * re-price the items in the cart's context; drop the shipping methods whose option no longer
 * applies and re-price the others; recompute the promotion adjustments (the cart's codes and the
 * automatic promotions, through the promotion module's computeActions); set the tax lines for the
 * shipping address (they do not depend on adjustments). Then the hook `refreshAdjustments`
 * `{ cart_id }` (a project's own adjustments; a failure there undoes the refresh and the change).
 * Totals are computed from these on every read (src/framework/totals), so they follow. Run it
 * with `refreshCartWorkflow.runAsStep`. A change that refreshed the cart itself, in its own
 * transaction (from what it read; see RefreshSeed), passes `refreshed: true`: only the hook runs,
 * and without a handler for it no nested run is started at all (no execution row).
 */
export const refreshCartWorkflow = createWorkflow("refresh-cart", (input: { cart_id: string; refreshed?: boolean }) => {
  // Skipped, not run, when the change refreshed the cart: with no `refreshAdjustments` handler
  // either, the run would start no step, and runAsStep starts none (see idle-run.ts).
  when(input, (i) => !i.refreshed).then(() => refreshCartStep(input));
  const refreshAdjustments = createHook("refreshAdjustments", { cart_id: input.cart_id });
  return new WorkflowResponse({ cart_id: input.cart_id }, { hooks: [refreshAdjustments] });
});
