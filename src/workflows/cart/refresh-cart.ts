import { createHook, createWorkflow, WorkflowResponse } from "../../framework/workflows/index.ts";
import { refreshCartPromotionsStep } from "./steps/promotions.ts";
import { refreshCartPricesStep, refreshCartTaxLinesStep } from "./steps/refresh-cart.ts";
import { refreshCartShippingMethodsStep } from "./steps/shipping-methods.ts";

/**
 * The one sequence every cart change ends with, so a cart never shows stale prices, shipping,
 * discounts or taxes: re-price the items in the cart's context; drop the shipping methods whose
 * option no longer applies and re-price the others; recompute the promotion adjustments (the
 * cart's codes and the automatic promotions, through the promotion module's computeActions);
 * then the hook `refreshAdjustments` `{ cart_id }` (a project's own adjustments); then the tax
 * lines for the shipping address. Totals are computed from these on every read
 * (src/framework/totals), so they follow. Run it with `refreshCartWorkflow.runAsStep`.
 */
export const refreshCartWorkflow = createWorkflow("refresh-cart", (input: { cart_id: string }) => {
  refreshCartPricesStep(input);
  refreshCartShippingMethodsStep(input);
  refreshCartPromotionsStep(input);
  const refreshAdjustments = createHook("refreshAdjustments", { cart_id: input.cart_id });
  refreshCartTaxLinesStep(input);
  return new WorkflowResponse({ cart_id: input.cart_id }, { hooks: [refreshAdjustments] });
});
