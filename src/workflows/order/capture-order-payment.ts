import type { EventMessage } from "../../framework/events/types.ts";
import type { AmountInput } from "../../framework/money/index.ts";
import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { OrderEvents } from "../../modules/order/events.ts";
import type { OrderTransactionInput } from "../../modules/order/types.ts";
import { PaymentEvents } from "../../modules/payment/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { capturePaymentStep } from "../payment/steps/capture-payment.ts";
import { prepareOrderPaymentStep } from "./steps/prepare-order-payment.ts";
import { recordOrderTransactionsStep } from "./steps/record-order-transaction.ts";

export interface CaptureOrderPaymentInput {
  order_id: string;
  /** Default: all that is authorized and not captured. */
  amount?: AmountInput;
  captured_by?: string;
}

/**
 * Captures (part of) an order's payment with its provider and records it as the order's capture
 * transaction; emits `payment.captured` `{ id }` (the payment) and `order.updated` `{ id }`. A
 * canceled order (ORDER_CANCELED), a voided payment (PAYMENT_CANCELED) or more than is left is
 * NOT_ALLOWED; if recording fails, the capture is refunded (the payment step's compensation).
 * @example await captureOrderPaymentWorkflow(container).run({ input: { order_id: "order_…", amount: "20" } })
 */
export const captureOrderPaymentWorkflow = createWorkflow(
  "capture-order-payment",
  (input: CaptureOrderPaymentInput) => {
    const plan = prepareOrderPaymentStep(
      transform({ input }, ({ input: i }) => ({ order_id: i.order_id, action: "capture" as const, amount: i.amount })),
    );
    const captured = capturePaymentStep(
      transform({ plan, input }, ({ plan: p, input: i }) => ({
        payment_id: p.payment_id,
        ...(i.amount !== undefined ? { amount: i.amount } : {}),
        ...(i.captured_by ? { captured_by: i.captured_by } : {}),
      })),
    );
    recordOrderTransactionsStep(
      transform({ plan, captured, input }, ({ plan: p, captured: c, input: i }): OrderTransactionInput[] => [
        {
          order_id: i.order_id,
          amount: c.amount,
          currency_code: p.currency_code,
          reference: "capture" as const,
          reference_id: c.capture_id,
        },
      ]),
    );
    emitEventStep(
      transform({ captured, input }, ({ captured: c, input: i }): EventMessage[] => [
        { name: PaymentEvents.PAYMENT_CAPTURED, data: { id: c.id } },
        { name: OrderEvents.ORDER_UPDATED, data: { id: i.order_id } },
      ]),
    );
    return new WorkflowResponse(
      transform({ input, captured }, ({ input: i, captured: c }) => ({ id: i.order_id, payment_id: c.id })),
    );
  },
);
