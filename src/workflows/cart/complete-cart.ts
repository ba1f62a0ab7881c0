import type { EventMessage } from "../../framework/events/types.ts";
import type { LinkInput } from "../../framework/links/link-input.ts";
import { createWorkflow, transform, when, WorkflowResponse } from "../../framework/workflows/index.ts";
import { OrderEvents } from "../../modules/order/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { createOrdersStep } from "../order/steps/create-orders.ts";
import { authorizePaymentSessionStep } from "../payment/steps/authorize-payment-session.ts";
import { registerUsageOfPromotionsStep } from "../promotion/steps/usage.ts";
import { type CartCompletionPlan, claimCartForCompletionStep } from "./steps/claim-cart.ts";
import { linkPlacedOrderStep } from "./steps/link-placed-order.ts";
import { reserveCartInventoryStep } from "./steps/reserve-cart-inventory.ts";

/**
 * Completes a cart into an order (Medusa's completeCartWorkflow): under the cart's lock the cart
 * is checked and marked (claim-cart-for-completion), then its stock is reserved at the sales
 * channel's locations, its promotions' budgets are consumed, its payment session is authorized,
 * the order is written with everything copied, linked to the cart and the payment collection, and
 * `order.placed` is emitted. A step that fails undoes the ones before it (reservations released,
 * budgets given back, the authorization voided, the order removed, the cart unmarked and usable).
 * Completing a completed cart answers the same order, also when asked many times at once.
 * @example const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } }) // { id: "order_…" }
 */
export const completeCartWorkflow = createWorkflow("complete-cart", (input: { id: string }) => {
  const claimed = claimCartForCompletionStep(transform({ input }, ({ input: i }) => ({ cart_id: i.id })));
  const plan = transform({ claimed }, ({ claimed: c }) => c as CartCompletionPlan);
  when("place-order", plan, (p) => p.order !== null).then(() => {
    reserveCartInventoryStep(transform({ plan }, ({ plan: p }) => p.reservations));
    when("consume-promotion-budgets", plan, (p) => p.promotion_usage.length > 0).then(() =>
      registerUsageOfPromotionsStep(transform({ plan }, ({ plan: p }) => p.promotion_usage)),
    );
    authorizePaymentSessionStep(
      transform({ plan }, ({ plan: p }) => ({
        session_id: p.session_id ?? "",
        context: { cart_id: p.cart_id },
        void_on_undo: true,
      })),
    );
    createOrdersStep(transform({ plan }, ({ plan: p }) => (p.order ? [p.order] : [])));
    linkPlacedOrderStep(
      transform({ plan }, ({ plan: p }): LinkInput[] => [
        { order: { order_id: p.order?.id ?? "" }, cart: { cart_id: p.cart_id } },
        { order: { order_id: p.order?.id ?? "" }, payment: { payment_collection_id: p.payment_collection_id ?? "" } },
      ]),
    );
    emitEventStep(
      transform({ plan }, ({ plan: p }): EventMessage[] => [
        { name: OrderEvents.ORDER_PLACED, data: { id: p.order?.id ?? "" } },
      ]),
    );
  });
  return new WorkflowResponse(transform({ plan }, ({ plan: p }) => ({ id: p.existing_order_id ?? p.order?.id ?? "" })));
});
