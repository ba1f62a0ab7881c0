import type { EventMessage } from "../../framework/events/types.ts";
import { createWorkflow, transform, when, WorkflowResponse } from "../../framework/workflows/index.ts";
import { OrderEvents } from "../../modules/order/events.ts";
import { PaymentEvents } from "../../modules/payment/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { deleteReservationsStep } from "../inventory/steps/reservations.ts";
import {
  cancelOrderRecordStep,
  listOrderReservationsStep,
  settleCanceledOrderPaymentsStep,
} from "./steps/cancel-order.ts";

/**
 * Cancels an order (Medusa's cancelOrderWorkflow): refused once an item was fulfilled or shipped
 * (ORDER_FULFILLED: cancel the fulfilments first) or when it is canceled already (ORDER_CANCELED);
 * marks it canceled with a `cancel` change, releases its reservations, then voids its authorized
 * payments and refunds what was captured (recorded as refund transactions). Emits `order.canceled`
 * `{ id }`, `order.updated` `{ id }` and `payment.canceled` / `payment.refunded` `{ id }` per
 * payment. A failure before the money moves undoes the status, the change and the release.
 * @example await cancelOrderWorkflow(container).run({ input: { order_id: "order_…" } })
 */
export const cancelOrderWorkflow = createWorkflow(
  "cancel-order",
  (input: { order_id: string; canceled_by?: string | null }) => {
    cancelOrderRecordStep(
      transform({ input }, ({ input: i }) => ({ order_id: i.order_id, canceled_by: i.canceled_by ?? null })),
    );
    const reservations = listOrderReservationsStep(transform({ input }, ({ input: i }) => ({ order_id: i.order_id })));
    when("release-reservations", reservations, (ids) => ids.length > 0).then(() =>
      deleteReservationsStep(reservations),
    );
    const settled = settleCanceledOrderPaymentsStep(
      transform({ input }, ({ input: i }) => ({ order_id: i.order_id, by: i.canceled_by ?? null })),
    );
    emitEventStep(
      transform({ input, settled }, ({ input: i, settled: s }): EventMessage[] => [
        { name: OrderEvents.ORDER_CANCELED, data: { id: i.order_id } },
        { name: OrderEvents.ORDER_UPDATED, data: { id: i.order_id } },
        ...s.voided.map((id) => ({ name: PaymentEvents.PAYMENT_CANCELED, data: { id } })),
        ...s.refunded.map((id) => ({ name: PaymentEvents.PAYMENT_REFUNDED, data: { id } })),
      ]),
    );
    return new WorkflowResponse(transform({ input }, ({ input: i }) => ({ id: i.order_id })));
  },
);
