import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { toDecimal, type AmountInput } from "../../../framework/money/index.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { Modules } from "../../../modules/index.ts";

export const validatePaymentStepId = "validate-payment";

/**
 * Checks a capture or refund before anything moves, so a hook or a later step never sees a
 * payment that cannot be captured (canceled) or refunded (nothing captured). The money step
 * checks again under its row lock; this one gives the early, typed answer.
 */
export const validatePaymentStep = createStep(
  validatePaymentStepId,
  async (input: { payment_id: string; action: "capture" | "refund"; amount?: AmountInput }, { container }) => {
    const payment = await container
      .resolve(Modules.PAYMENT)
      .retrievePayment(input.payment_id, { relations: ["captures", "refunds"] });
    const total = (rows?: { amount: AmountInput }[]) =>
      (rows ?? []).reduce((n, r) => n.plus(toDecimal(r.amount)), toDecimal(0));
    if (input.action === "capture" && payment.canceled_at)
      throw new TesseraError(
        TesseraError.Types.NOT_ALLOWED,
        `Payment ${payment.id} was canceled and cannot be captured`,
        {
          field: ["paymentId"],
        },
      );
    if (input.action === "refund" && !total(payment.captures).minus(total(payment.refunds)).gt(0))
      throw new TesseraError(
        TesseraError.Types.NOT_ALLOWED,
        `Payment ${payment.id} has nothing captured left to refund`,
        {
          field: ["amount"],
        },
      );
    return new StepResponse({ id: payment.id, payment_collection_id: payment.payment_collection_id });
  },
);
