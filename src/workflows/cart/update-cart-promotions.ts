import type { EventMessage } from "../../framework/events/types.ts";
import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { CartEvents } from "../../modules/cart/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { refreshCartWorkflow } from "./refresh-cart.ts";
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
