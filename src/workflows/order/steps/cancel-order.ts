import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { orderPaymentsOf } from "../order-payments.ts";

export const cancelOrderRecordStepId = "cancel-order-record";
/**
 * Marks the order canceled and records its `cancel` change, under the order's row lock (two
 * cancellations at once: the second is ORDER_CANCELED); refused with ORDER_FULFILLED once an
 * item was fulfilled or shipped. Compensation puts the status back and removes the change.
 */
export const cancelOrderRecordStep = createStep(
  cancelOrderRecordStepId,
  async (input: { order_id: string; canceled_by: string | null }, { container }) => {
    const done = await container.resolve("order").cancelOrderRecord(input.order_id, input.canceled_by);
    return new StepResponse(done, { order_id: input.order_id, ...done });
  },
  async (done, { container }) => {
    await container.resolve("order").restoreCanceledOrder(done);
  },
);

export const listOrderReservationsStepId = "list-order-reservations";
/** The reservations of the order's line items (completeCart reserved them under the items' ids). */
export const listOrderReservationsStep = createStep(
  listOrderReservationsStepId,
  async (input: { order_id: string }, { container }) => {
    if (!container.hasRegistration("inventory")) return new StepResponse([] as string[]);
    const items = await container.resolve("order").listLineItems({ order_id: input.order_id }, { select: ["id"] });
    if (!items.length) return new StepResponse([] as string[]);
    const reservations = await container
      .resolve("inventory")
      .listReservationItems({ line_item_id: items.map((i) => i.id) }, { select: ["id"] });
    return new StepResponse(reservations.map((r) => r.id));
  },
);

export const settleCanceledOrderPaymentsStepId = "settle-canceled-order-payments";
/**
 * Gives a canceled order's money back: voids authorizations nothing was captured from and refunds
 * what was captured and not refunded, recording each refund as an order transaction. Money that
 * moved cannot be taken back, so this runs last and has no compensation.
 */
export const settleCanceledOrderPaymentsStep = createStep(
  { name: settleCanceledOrderPaymentsStepId, noCompensation: true },
  async (input: { order_id: string; by: string | null }, { container }) => {
    const payment = container.hasRegistration("payment") ? container.resolve("payment") : null;
    const order = container.resolve("order");
    const { currency_code } = await order.retrieveOrder(input.order_id, { select: ["id", "currency_code"] });
    const voided: string[] = [];
    const refunded: string[] = [];
    for (const p of await orderPaymentsOf(container, input.order_id)) {
      if (!payment || p.canceled) continue;
      if (p.refundable.gt(0)) {
        const after = await payment.refundPayment({
          payment_id: p.id,
          amount: p.refundable.toFixed(),
          note: "Order canceled",
          ...(input.by ? { created_by: input.by } : {}),
        });
        await order.recordOrderTransaction({
          order_id: input.order_id,
          amount: p.refundable.negated().toFixed(),
          currency_code,
          reference: "refund",
          reference_id: after.refunds?.at(-1)?.id ?? null,
        });
        refunded.push(p.id);
      } else if (p.captured.isZero()) {
        await payment.cancelPayment(p.id);
        voided.push(p.id);
      }
    }
    return new StepResponse({ voided, refunded });
  },
);
