import type { EventMessage } from "../../framework/events/types.ts";
import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { OrderEvents } from "../../modules/order/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { registerUsageOfPromotionsStep } from "../promotion/steps/usage.ts";
import { type ApplyOrderPromotionsInput, applyOrderPromotionsStep } from "./steps/apply-order-promotions.ts";

/**
 * Applies promotion codes to a placed order (the seed's "Apply Promotion on an Order's Items and
 * Shipping" as a flow): computeActions with the order's items and shipping sets their adjustments,
 * a `promotion` change is recorded, the new codes' campaign budgets are consumed as at checkout
 * (all or nothing; a budget used up meanwhile undoes the adjustments), and `order.updated` is
 * emitted. A canceled order is NOT_ALLOWED (ORDER_CANCELED).
 * @example await applyOrderPromotionsWorkflow(container).run({ input: { order_id, promo_codes: ["SORRY10"] } })
 */
export const applyOrderPromotionsWorkflow = createWorkflow(
  "apply-order-promotions",
  (input: ApplyOrderPromotionsInput) => {
    const usage = applyOrderPromotionsStep(input);
    registerUsageOfPromotionsStep(usage);
    emitEventStep(
      transform({ input }, ({ input: i }): EventMessage[] => [
        { name: OrderEvents.ORDER_UPDATED, data: { id: i.order_id } },
      ]),
    );
    return new WorkflowResponse({ id: input.order_id });
  },
);
