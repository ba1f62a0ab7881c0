import type { EventMessage } from "../../framework/events/types.ts";
import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { OrderLifecycleEvents } from "../../modules/order/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { reserveCartInventoryStep } from "../cart/steps/reserve-cart-inventory.ts";
import { refundOrder } from "./refund-order.ts";
import {
  type CreateOrderClaimInput,
  createClaimStep,
  createExchangeStep,
  type OutboundRequest,
  prepareClaimStep,
  prepareExchangeStep,
} from "./steps/exchanges-claims.ts";
import { type RequestOrderReturnInput, prepareOrderReturnStep } from "./steps/prepare-return.ts";
import { prepareOrderRefundStep } from "./steps/refund-order.ts";

/**
 * Creates and confirms an exchange (Medusa's admin exchange flow, begin → add items → confirm,
 * in one): the returned items are asked back as the exchange's return (RETURN_ITEM), the outbound
 * items become new order lines priced like the variants now (ITEM_ADD) with their stock reserved,
 * and `difference_due` is the outbound total less the returned items' value. When the customer is
 * owed, receiving the exchange's return refunds it. `order.exchange_created` follows.
 */
export const createOrderExchangeWorkflow = createWorkflow(
  "create-order-exchange",
  (
    input: Omit<RequestOrderReturnInput, "customer_id" | "return_shipping_option_id"> & {
      outbound_items: OutboundRequest;
    },
  ) => {
    const ret = prepareOrderReturnStep(input);
    const plan = prepareExchangeStep(
      transform({ ret, input }, ({ ret: r, input: i }) => ({ request: r.request, outbound_items: i.outbound_items })),
    );
    const exchange = createExchangeStep(
      transform({ ret, plan }, ({ ret: r, plan: p }) => ({ request: r.request, plan: p })),
    );
    reserveCartInventoryStep(transform({ plan }, ({ plan: p }) => p.reservations));
    emitEventStep(
      transform({ exchange }, ({ exchange: e }): EventMessage[] => [
        {
          name: OrderLifecycleEvents.EXCHANGE_CREATED,
          data: { order_id: e.order_id, exchange_id: e.exchange_id, return_id: e.return_id },
        },
      ]),
    );
    return new WorkflowResponse(
      transform({ exchange, plan }, ({ exchange: e, plan: p }) => ({ ...e, difference_due: p.amount })),
    );
  },
);

/**
 * Creates and confirms a claim (Medusa's admin claim flow in one): the claimed items are written
 * off (WRITE_OFF_ITEM; beyond shipped − returned is NOT_ALLOWED); a "replace" claim sends
 * replacements free (ITEM_ADD, stock reserved), a "refund" claim refunds the claimed items' value
 * through the payment module (more than captured is NOT_ALLOWED, nothing written). `order.claim_created` follows.
 */
export const createOrderClaimWorkflow = createWorkflow("create-order-claim", (input: CreateOrderClaimInput) => {
  const plan = prepareClaimStep(input);
  const claim = createClaimStep(transform({ input, plan }, ({ input: i, plan: p }) => ({ claim: i, plan: p })));
  const refund = prepareOrderRefundStep(
    transform({ plan, claim }, ({ plan: p, claim: c }) => ({
      order_id: p.order_id,
      amount: p.amount,
      claim_id: c.claim_id,
    })),
  );
  reserveCartInventoryStep(transform({ plan }, ({ plan: p }) => p.reservations));
  refundOrder("refund-claim", refund);
  emitEventStep(
    transform({ claim }, ({ claim: c }): EventMessage[] => [
      { name: OrderLifecycleEvents.CLAIM_CREATED, data: { order_id: c.order_id, claim_id: c.claim_id } },
    ]),
  );
  return new WorkflowResponse(transform({ claim, plan }, ({ claim: c, plan: p }) => ({ ...c, refunded: p.amount })));
});
