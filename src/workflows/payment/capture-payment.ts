import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { PaymentEvents } from "../../modules/payment/events.ts";
import type { CapturePaymentInput } from "../../modules/payment/service.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { capturePaymentStep } from "./steps/capture-payment.ts";
import { validatePaymentStep } from "./steps/validate-payment.ts";

/**
 * Captures (part of) a payment and emits `payment.captured` (Medusa's capturePaymentWorkflow).
 * A canceled payment or an amount above what is left is NOT_ALLOWED; a provider failure changes
 * nothing. Hook `paymentCaptured` receives `{ payment_id }`; if it throws, the capture is refunded.
 * @example await capturePaymentWorkflow(container).run({ input: { payment_id: "pay_…", amount: "20" } })
 */
export const capturePaymentWorkflow = createWorkflow("capture-payment", (input: CapturePaymentInput) => {
  validatePaymentStep(
    transform({ input }, ({ input: i }) => ({ payment_id: i.payment_id, action: "capture" as const })),
  );
  const payment = capturePaymentStep(input);
  const captured = createHook("paymentCaptured", { payment_id: payment.id });
  emitEventStep(
    transform({ payment }, ({ payment: p }): EventMessage[] => [
      { name: PaymentEvents.PAYMENT_CAPTURED, data: { id: p.id } },
    ]),
  );
  return new WorkflowResponse(payment, { hooks: [captured] });
});
