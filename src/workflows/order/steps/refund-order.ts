import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { linkByEntryPoint } from "../../../framework/links/registry.ts";
import { Decimal, toDecimal } from "../../../framework/money/index.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

/** A refund an order owes its customer (a return's value, a claim's): how much, from which payment. */
export interface OrderRefundPlan {
  order_id: string;
  currency_code: string;
  /** A decimal string; "0" when nothing is owed (no refund runs). */
  amount: string;
  payment_id: string;
  return_id?: string | null;
  claim_id?: string | null;
}

const sum = (rows: { amount: Decimal }[] | undefined) =>
  (rows ?? []).reduce((s, r) => s.plus(r.amount), new Decimal(0));

export const prepareOrderRefundStepId = "prepare-order-refund";
/**
 * Picks the payment of the order's payment collections that has enough captured and not refunded
 * for `amount` (reads only). None has: NOT_ALLOWED on `refund` (capture first, or refund less),
 * before anything of the flow is written.
 */
export const prepareOrderRefundStep = createStep(
  prepareOrderRefundStepId,
  async (
    input: { order_id: string; amount: string; return_id?: string | null; claim_id?: string | null },
    { container },
  ) => {
    const order = await container.resolve("order").retrieveOrder(input.order_id, { select: ["id", "currency_code"] });
    const plan: OrderRefundPlan = { ...input, currency_code: order.currency_code, payment_id: "" };
    const amount = toDecimal(input.amount);
    if (!amount.gt(0)) return new StepResponse({ ...plan, amount: "0" });
    const link = linkByEntryPoint("order_payment_collection");
    const collections = link
      ? (await container.resolve("link").list(link, { order_id: input.order_id })).map((r) =>
          String(r.payment_collection_id),
        )
      : [];
    const payments = collections.length
      ? await container
          .resolve("payment")
          .listPayments(
            { payment_collection_id: collections, canceled_at: null },
            { relations: ["captures", "refunds"], order: { created_at: "ASC" } },
          )
      : [];
    const left = payments.map((p) => ({ id: p.id, left: sum(p.captures).minus(sum(p.refunds)) }));
    const payment = left.find((p) => p.left.gte(amount));
    if (!payment)
      throw new TesseraError(
        TesseraError.Types.NOT_ALLOWED,
        `Cannot refund ${amount.toFixed()}: the order's payments have ${left.reduce((s, p) => s.plus(p.left), new Decimal(0)).toFixed()} captured and not refunded`,
        { field: ["refund"] },
      );
    return new StepResponse({ ...plan, amount: amount.toFixed(), payment_id: payment.id });
  },
);

export const recordOrderRefundStepId = "record-order-refund";
/**
 * Records a refund that went through as the order's (negative) transaction and adds it to the
 * return's refund_amount; compensation removes both again.
 */
export const recordOrderRefundStep = createStep(
  recordOrderRefundStepId,
  async (input: OrderRefundPlan & { refund_id: string }, { container }) => {
    const orders = container.resolve("order");
    const tx = await orders.recordOrderTransaction({
      order_id: input.order_id,
      amount: toDecimal(input.amount).negated(),
      currency_code: input.currency_code,
      reference: "refund",
      reference_id: input.refund_id,
      metadata: { payment_id: input.payment_id, return_id: input.return_id ?? null, claim_id: input.claim_id ?? null },
    });
    if (input.return_id) {
      const ret = await orders.retrieveReturn(input.return_id, { select: ["id", "refund_amount"] });
      await orders.updateReturns({ id: ret.id, refund_amount: ret.refund_amount.plus(input.amount) });
    }
    return new StepResponse(tx, { tx_id: tx.id, return_id: input.return_id ?? null, amount: input.amount });
  },
  async (undo, { container }) => {
    const orders = container.resolve("order");
    await orders.deleteOrderTransactions([undo.tx_id]);
    if (undo.return_id) {
      const ret = await orders.retrieveReturn(undo.return_id, { select: ["id", "refund_amount"] });
      await orders.updateReturns({ id: ret.id, refund_amount: ret.refund_amount.minus(undo.amount) });
    }
  },
);
