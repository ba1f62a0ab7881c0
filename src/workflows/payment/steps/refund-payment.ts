import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { Modules } from "../../../modules/index.ts";
import type { RefundPaymentInput } from "../../../modules/payment/service.ts";

export const refundPaymentStepId = "refund-payment";

/**
 * Refunds (part of) a captured payment. Money sent back to a customer cannot be taken again, so
 * the step has no compensation: the refund workflow runs it last, after everything that may fail.
 */
export const refundPaymentStep = createStep(
  { name: refundPaymentStepId, noCompensation: true },
  async (input: RefundPaymentInput, { container }) => {
    const payment = await container.resolve(Modules.PAYMENT).refundPayment(input);
    return new StepResponse({ id: payment.id, refund_id: payment.refunds?.at(-1)?.id ?? "" });
  },
);
