import { createHook, createWorkflow, WorkflowResponse } from "../../framework/workflows/index.ts";
import { refreshCartPricesStep, refreshCartTaxLinesStep } from "./steps/refresh-cart.ts";

/**
 * The one sequence every cart change ends with, so a cart never shows stale prices or taxes:
 * re-price the items in the cart's context, recompute the promotion adjustments (hook
 * `refreshAdjustments`, where the promotion module will plug in; no adjustment is computed
 * today), then set the tax lines for the shipping address. Totals are computed from these on
 * every read (src/framework/totals), so they follow. Run it with `refreshCartWorkflow.runAsStep`.
 */
export const refreshCartWorkflow = createWorkflow("refresh-cart", (input: { cart_id: string }) => {
  refreshCartPricesStep(input);
  const refreshAdjustments = createHook("refreshAdjustments", { cart_id: input.cart_id });
  refreshCartTaxLinesStep(input);
  return new WorkflowResponse({ cart_id: input.cart_id }, { hooks: [refreshAdjustments] });
});
