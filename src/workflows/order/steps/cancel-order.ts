import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { linkByEntryPoint } from "../../../framework/links/registry.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { StockMove } from "../../../modules/inventory/service.ts";
import type { ItemQuantityMove } from "../../../modules/order/item-quantities.ts";
import type { CanceledOrderRecord } from "../../../modules/order/lifecycle-service.ts";
import type { OrderChangeActionInput } from "../../../modules/order/types.ts";
import { lineStock } from "../inventory-lines.ts";
import { orderPaymentsOf } from "../order-payments.ts";

/** What canceling an order undoes of its fulfilments: which to cancel, the quantities and stock back. */
export interface OrderCancelPlan {
  fulfillment_ids: string[];
  unfulfill: ItemQuantityMove[];
  actions: OrderChangeActionInput[];
  stock: StockMove[];
}

export const prepareOrderCancelStepId = "prepare-order-cancel";
/**
 * Plans an order's cancellation (reads only): its live fulfilments must all be unshipped
 * (NOT_ALLOWED with ORDER_SHIPPED otherwise, on `orderId`); each is planned to be canceled, its
 * items' fulfilled quantities to go back and the stock it took to return to its location.
 */
export const prepareOrderCancelStep = createStep(
  prepareOrderCancelStepId,
  async (input: { order_id: string }, { container }) => {
    const link = linkByEntryPoint("order_fulfillment");
    const linked =
      link && container.hasRegistration("fulfillment")
        ? await container.resolve("link").list(link, { order_id: input.order_id })
        : [];
    const fulfillments = linked.length
      ? await container
          .resolve("fulfillment")
          .listFulfillments(
            { id: linked.map((l) => String(l.fulfillment_id)), canceled_at: null },
            { relations: ["items"], order: { created_at: "ASC", id: "ASC" } },
          )
      : [];
    const shipped = fulfillments.find((f) => f.shipped_at);
    if (shipped)
      throw new TesseraError(
        TesseraError.Types.NOT_ALLOWED,
        `Order ${input.order_id} has shipped fulfillment ${shipped.id} and cannot be canceled`,
        { field: ["orderId"], code: "ORDER_SHIPPED" },
      );
    const lines = fulfillments.flatMap((f) =>
      (f.items ?? []).flatMap((i) =>
        i.line_item_id ? [{ f, item_id: String(i.line_item_id), quantity: i.quantity }] : [],
      ),
    );
    const variants = lines.length
      ? await container
          .resolve("order")
          .listLineItems({ id: [...new Set(lines.map((l) => l.item_id))] }, { select: ["id", "variant_id"] })
      : [];
    const stock = await Promise.all(
      fulfillments.map(async (f) =>
        (
          await lineStock(
            container,
            lines
              .filter((l) => l.f === f)
              .map((l) => ({
                id: l.item_id,
                variant_id: variants.find((v) => v.id === l.item_id)?.variant_id ?? null,
                quantity: l.quantity,
              })),
          )
        ).map((s): StockMove => ({ ...s, location_id: f.location_id, stocked: s.quantity, reserved: 0 })),
      ),
    );
    const plan: OrderCancelPlan = {
      fulfillment_ids: fulfillments.map((f) => f.id),
      unfulfill: lines.map((l) => ({ item_id: l.item_id, deltas: { fulfilled_quantity: -l.quantity } })),
      actions: lines.map((l) => ({
        action: "CANCEL_FULFILL_ITEM",
        reference: "fulfillment",
        reference_id: l.f.id,
        details: { item_id: l.item_id, quantity: l.quantity },
      })),
      stock: stock.flat(),
    };
    return new StepResponse(plan);
  },
);

export const cancelOrderRecordStepId = "cancel-order-record";
/**
 * Marks the order canceled, gives its unshipped fulfilments' quantities back and records one
 * `cancel` change, under the order's row lock (two cancellations at once: the second is
 * ORDER_CANCELED; a shipment meanwhile ORDER_SHIPPED). Compensation puts it all back.
 */
export const cancelOrderRecordStep = createStep(
  cancelOrderRecordStepId,
  async (
    input: {
      order_id: string;
      canceled_by: string | null;
      unfulfill: ItemQuantityMove[];
      actions: OrderChangeActionInput[];
    },
    { container },
  ) => {
    const done = await container.resolve("order").cancelOrderRecord(input);
    return new StepResponse(done, done);
  },
  async (done: CanceledOrderRecord, { container }) => {
    await container.resolve("order").restoreCanceledOrder(done);
  },
);

export const cancelOrderFulfillmentsStepId = "cancel-order-fulfillments";
/**
 * Cancels fulfilments with their providers, all or none: when one fails, those already canceled
 * come back before the error goes on. Compensation brings them all back.
 */
export const cancelOrderFulfillmentsStep = createStep(
  cancelOrderFulfillmentsStepId,
  async (ids: string[], { container }) => {
    const fulfillment = container.resolve("fulfillment");
    const done: string[] = [];
    try {
      for (const id of ids) {
        await fulfillment.cancelFulfillmentWithProvider(id);
        done.push(id);
      }
    } catch (error) {
      for (const id of done) await fulfillment.updateFulfillments({ id, canceled_at: null });
      throw error;
    }
    return new StepResponse(done, done);
  },
  async (done, { container }) => {
    for (const id of done) await container.resolve("fulfillment").updateFulfillments({ id, canceled_at: null });
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
 * Gives a canceled order's money back: voids what is left of each authorization, then refunds
 * what was captured and not refunded (each refund recorded as an order transaction).
 * Money that moved cannot be taken back, so this runs last and has no compensation: when the
 * provider fails the first call nothing moved and the cancellation is undone; when it fails a
 * later call, what moved stays recorded and a retried cancellation does only the rest.
 */
export const settleCanceledOrderPaymentsStep = createStep(
  { name: settleCanceledOrderPaymentsStepId, noCompensation: true },
  async (input: { order_id: string; by: string | null }, { container }) => {
    const payment = container.hasRegistration("payment") ? container.resolve("payment") : null;
    const order = container.resolve("order");
    const { currency_code } = await order.retrieveOrder(input.order_id, { select: ["id", "currency_code"] });
    const voided: string[] = [];
    const refunded: string[] = [];
    const payments = payment ? (await orderPaymentsOf(container, input.order_id)).filter((p) => !p.canceled) : [];
    // Voids first: a failure there moved no money back yet, and what was voided cannot be captured.
    for (const p of payments.filter((x) => x.capturable.gt(0))) {
      await payment?.cancelPayment(p.id);
      voided.push(p.id);
    }
    for (const p of payments.filter((x) => x.refundable.gt(0))) {
      const after = await payment?.refundPayment({
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
        reference_id: after?.refunds?.at(-1)?.id ?? null,
      });
      refunded.push(p.id);
    }
    return new StepResponse({ voided, refunded });
  },
);
