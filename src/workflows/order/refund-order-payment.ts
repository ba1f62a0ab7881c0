import type { EventMessage } from "../../framework/events/types.ts";
import type { AmountInput } from "../../framework/money/index.ts";
import { toDecimal } from "../../framework/money/index.ts";
import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { OrderEvents } from "../../modules/order/events.ts";
import type { OrderTransactionInput } from "../../modules/order/types.ts";
import { PaymentEvents } from "../../modules/payment/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { refundPaymentStep } from "../payment/steps/refund-payment.ts";
import { prepareOrderPaymentStep } from "./steps/prepare-order-payment.ts";
import { recordOrderTransactionsStep } from "./steps/record-order-transaction.ts";

export interface RefundOrderPaymentInput {
  order_id: string;
  amount: AmountInput;
  note?: string;
  created_by?: string;
}

/**
 * Refunds part or all of what an order's payment captured, with its provider, and records it as
 * the order's refund transaction (negative); emits `payment.refunded` `{ id }` (the payment) and
 * `order.updated` `{ id }`. More than is captured and not refunded is NOT_ALLOWED, also when
 * refunds race (the payment module refunds under the payment's row lock); a provider failure
 * moves nothing and records nothing (Medusa's refundPaymentWorkflow order: refund, then record).
 * @example await refundOrderPaymentWorkflow(container).run({ input: { order_id: "order_…", amount: "30", note: "damaged" } })
 */
export const refundOrderPaymentWorkflow = createWorkflow("refund-order-payment", (input: RefundOrderPaymentInput) => {
  const plan = prepareOrderPaymentStep(
    transform({ input }, ({ input: i }) => ({ order_id: i.order_id, action: "refund" as const, amount: i.amount })),
  );
  const refunded = refundPaymentStep(
    transform({ plan, input }, ({ plan: p, input: i }) => ({
      payment_id: p.payment_id,
      amount: i.amount,
      ...(i.note ? { note: i.note } : {}),
      ...(i.created_by ? { created_by: i.created_by } : {}),
    })),
  );
  recordOrderTransactionsStep(
    transform({ plan, refunded, input }, ({ plan: p, refunded: r, input: i }): OrderTransactionInput[] => [
      {
        order_id: i.order_id,
        amount: toDecimal(i.amount).negated().toFixed(),
        currency_code: p.currency_code,
        reference: "refund" as const,
        reference_id: r.refund_id,
      },
    ]),
  );
  emitEventStep(
    transform({ refunded, input }, ({ refunded: r, input: i }): EventMessage[] => [
      { name: PaymentEvents.PAYMENT_REFUNDED, data: { id: r.id } },
      { name: OrderEvents.ORDER_UPDATED, data: { id: i.order_id } },
    ]),
  );
  return new WorkflowResponse(
    transform({ input, refunded }, ({ input: i, refunded: r }) => ({ id: i.order_id, payment_id: r.id })),
  );
});
