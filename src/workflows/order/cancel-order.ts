import type { EventMessage } from "../../framework/events/types.ts";
import { createWorkflow, transform, when, WorkflowResponse } from "../../framework/workflows/index.ts";
import { OrderEvents, OrderLifecycleEvents } from "../../modules/order/events.ts";
import { PaymentEvents } from "../../modules/payment/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { deleteReservationsStep } from "../inventory/steps/reservations.ts";
import {
  cancelOrderFulfillmentsStep,
  cancelOrderRecordStep,
  listOrderReservationsStep,
  prepareOrderCancelStep,
  settleCanceledOrderPaymentsStep,
} from "./steps/cancel-order.ts";
import { applyStockMovesStep } from "./steps/stock-moves.ts";

/**
 * Cancels an order (Medusa's cancelOrderWorkflow, which would ask to cancel the fulfilments
 * first): refused once an item was shipped (ORDER_SHIPPED) or when it is canceled already
 * (ORDER_CANCELED). Marks it canceled with one `cancel` change, cancels its unshipped fulfilments
 * (their items' fulfilled quantities and the stock they took go back), releases its reservations,
 * then voids what is left of its authorizations and refunds what was captured (recorded as refund
 * transactions). Emits `order.canceled` `{ id }`, `order.updated` `{ id }`,
 * `order.fulfillment_canceled` `{ order_id, fulfillment_id }` per fulfilment and
 * `payment.canceled` / `payment.refunded` `{ id }` per payment. A failure before money moves
 * (a provider refusing the first void or refund included) undoes everything.
 * @example await cancelOrderWorkflow(container).run({ input: { order_id: "order_…" } })
 */
export const cancelOrderWorkflow = createWorkflow(
  "cancel-order",
  (input: { order_id: string; canceled_by?: string | null }) => {
    const plan = prepareOrderCancelStep(transform({ input }, ({ input: i }) => ({ order_id: i.order_id })));
    cancelOrderRecordStep(
      transform({ input, plan }, ({ input: i, plan: p }) => ({
        order_id: i.order_id,
        canceled_by: i.canceled_by ?? null,
        unfulfill: p.unfulfill,
        actions: p.actions,
      })),
    );
    when("cancel-fulfillments", plan, (p) => p.fulfillment_ids.length > 0).then(() => {
      cancelOrderFulfillmentsStep(transform({ plan }, ({ plan: p }) => p.fulfillment_ids));
      applyStockMovesStep(transform({ plan }, ({ plan: p }) => p.stock));
    });
    const reservations = listOrderReservationsStep(transform({ input }, ({ input: i }) => ({ order_id: i.order_id })));
    when("release-reservations", reservations, (ids) => ids.length > 0).then(() =>
      deleteReservationsStep(reservations),
    );
    const settled = settleCanceledOrderPaymentsStep(
      transform({ input }, ({ input: i }) => ({ order_id: i.order_id, by: i.canceled_by ?? null })),
    );
    emitEventStep(
      transform({ input, plan, settled }, ({ input: i, plan: p, settled: s }): EventMessage[] => [
        { name: OrderEvents.ORDER_CANCELED, data: { id: i.order_id } },
        { name: OrderEvents.ORDER_UPDATED, data: { id: i.order_id } },
        ...p.fulfillment_ids.map((fulfillment_id) => ({
          name: OrderLifecycleEvents.FULFILLMENT_CANCELED,
          data: { order_id: i.order_id, fulfillment_id },
        })),
        ...s.voided.map((id) => ({ name: PaymentEvents.PAYMENT_CANCELED, data: { id } })),
        ...s.refunded.map((id) => ({ name: PaymentEvents.PAYMENT_REFUNDED, data: { id } })),
      ]),
    );
    return new WorkflowResponse(transform({ input }, ({ input: i }) => ({ id: i.order_id })));
  },
);
