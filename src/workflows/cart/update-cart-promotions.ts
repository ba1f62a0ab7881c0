import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { endRefreshedChange } from "./refreshed-change.ts";
import { type CartPromotionAction, updateCartPromotionsStep } from "./steps/promotions.ts";

/**
 * Adds, removes or replaces the promotion codes of a cart (Medusa's updateCartPromotionsWorkflow
 * with PromotionActions ADD / REMOVE / REPLACE; default add). A code added must apply to the cart
 * (typed userErrors: PROMOTION_CODE_UNKNOWN, _NOT_STARTED, _EXPIRED, PROMOTION_RULES_NOT_MET,
 * PROMOTION_NOT_APPLICABLE, PROMOTION_BUDGET_EXCEEDED; nothing written). The refresh, in the
 * same transaction, computes the item and shipping adjustments and the taxes; emits `cart.updated`.
 * @example await updateCartPromotionsWorkflow(container).run({ input: { cart_id, promo_codes: ["SUMMER10"], action: "add" } })
 */
export const updateCartPromotionsWorkflow = createWorkflow(
  "update-cart-promotions",
  (input: { cart_id: string; promo_codes: string[]; action?: CartPromotionAction }) => {
    updateCartPromotionsStep(transform({ input }, ({ input: i }) => ({ ...i, action: i.action ?? "add" })));
    endRefreshedChange(input.cart_id);
    return new WorkflowResponse({ id: input.cart_id });
  },
);
