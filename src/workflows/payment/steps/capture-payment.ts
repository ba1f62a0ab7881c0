import type { AmountInput } from "../../../framework/money/index.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { Modules } from "../../../modules/index.ts";
import type { CapturePaymentInput } from "../../../modules/payment/service.ts";

export const capturePaymentStepId = "capture-payment";

/**
 * Captures (part of) a payment. Money moved with the provider cannot be taken back silently, so
 * the compensation refunds exactly this capture (a later step or hook failed).
 */
export const capturePaymentStep = createStep(
  capturePaymentStepId,
  async (input: CapturePaymentInput, { container }) => {
    const payment = await container.resolve(Modules.PAYMENT).capturePayment(input);
    const capture = payment.captures?.at(-1);
    const amount = capture ? String(capture.amount) : "0";
    // The capture's id and amount let a caller record it (an order's transaction).
    return new StepResponse(
      { id: payment.id, capture_id: capture?.id ?? "", amount },
      { payment_id: payment.id, amount, capture_id: capture?.id ?? "" },
    );
  },
  async (done: { payment_id: string; amount: AmountInput; capture_id: string }, { container }) => {
    await container.resolve(Modules.PAYMENT).refundPayment({
      payment_id: done.payment_id,
      amount: done.amount,
      note: `Compensation of capture ${done.capture_id}`,
      created_by: "system",
    });
  },
);

export const ensurePaymentCapturedStepId = "ensure-payment-captured";

/** Captures what a provider says was captured and is not yet recorded; told twice, captures once. */
export const ensurePaymentCapturedStep = createStep(
  { name: ensurePaymentCapturedStepId, noCompensation: true },
  async (input: { payment_id: string; amount: AmountInput }, { container }) => {
    const payment = await container.resolve(Modules.PAYMENT).ensurePaymentCaptured(input);
    return new StepResponse({ id: payment.id });
  },
);
