import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { PaymentEvents } from "../../modules/payment/events.ts";
import type { RefundPaymentInput } from "../../modules/payment/service.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { refundPaymentStep } from "./steps/refund-payment.ts";
import { validatePaymentStep } from "./steps/validate-payment.ts";

/**
 * Refunds (part of) a captured payment and emits `payment.refunded` (Medusa's
 * refundPaymentWorkflow). More than is captured and not refunded is NOT_ALLOWED. Hook
 * `validateRefund` receives `{ input }` and runs BEFORE the money moves (a refund cannot be
 * taken back), so a hook that refuses leaves nothing changed.
 * @example await refundPaymentWorkflow(container).run({ input: { payment_id: "pay_…", amount: "5", note: "damaged" } })
 */
export const refundPaymentWorkflow = createWorkflow("refund-payment", (input: RefundPaymentInput) => {
  validatePaymentStep(
    transform({ input }, ({ input: i }) => ({ payment_id: i.payment_id, action: "refund" as const, amount: i.amount })),
  );
  const validate = createHook("validateRefund", { input });
  const payment = refundPaymentStep(input);
  emitEventStep(
    transform({ payment }, ({ payment: p }): EventMessage[] => [
      { name: PaymentEvents.PAYMENT_REFUNDED, data: { id: p.id } },
    ]),
  );
  return new WorkflowResponse(payment, { hooks: [validate] });
});
