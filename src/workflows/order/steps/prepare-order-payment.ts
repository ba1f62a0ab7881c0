import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { toDecimal, type AmountInput } from "../../../framework/money/index.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { orderPaymentsOf } from "../order-payments.ts";

export const prepareOrderPaymentStepId = "prepare-order-payment";

const refuse = (message: string, field: string, code?: string) =>
  new TesseraError(TesseraError.Types.NOT_ALLOWED, message, { field: [field], ...(code ? { code } : {}) });

/**
 * Picks the payment of an order to capture or refund, refusing early with a typed error: a
 * canceled order (ORDER_CANCELED) or a voided payment (PAYMENT_CANCELED) is not captured, and
 * a refund needs one payment with that much captured and not refunded. The payment module checks
 * again under the payment's row lock, so concurrent refunds never exceed the capture.
 */
export const prepareOrderPaymentStep = createStep(
  prepareOrderPaymentStepId,
  async (input: { order_id: string; action: "capture" | "refund"; amount?: AmountInput }, { container }) => {
    const order = await container
      .resolve("order")
      .retrieveOrder(input.order_id, { select: ["id", "status", "currency_code"] });
    const payments = await orderPaymentsOf(container, order.id);
    if (input.action === "capture") {
      if (order.status === "canceled")
        throw refuse(`Order ${order.id} was canceled: its payment cannot be captured`, "orderId", "ORDER_CANCELED");
      const open = payments.find((p) => !p.canceled && p.capturable.gt(0));
      if (!open) {
        if (payments.some((p) => p.canceled))
          throw refuse(
            `The payment of order ${order.id} was canceled and cannot be captured`,
            "orderId",
            "PAYMENT_CANCELED",
          );
        throw refuse(`Order ${order.id} has no authorized amount left to capture`, "amount");
      }
      return new StepResponse({ payment_id: open.id, currency_code: order.currency_code });
    }
    const amount = toDecimal(input.amount ?? 0);
    const best = [...payments].sort((a, b) => b.refundable.comparedTo(a.refundable))[0];
    if (!best || !best.refundable.gt(0))
      throw refuse(`Order ${order.id} has nothing captured left to refund`, "amount");
    if (amount.gt(best.refundable))
      throw refuse(`Cannot refund ${amount.toFixed()}: only ${best.refundable.toFixed()} captured is left`, "amount");
    return new StepResponse({ payment_id: best.id, currency_code: order.currency_code });
  },
);
