import type { EventMessage } from "../../framework/events/types.ts";
import { createWorkflow, transform, when, WorkflowResponse } from "../../framework/workflows/index.ts";
import { PaymentEvents } from "../../modules/payment/events.ts";
import type { WebhookActionResult } from "../../modules/payment/providers/types.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { authorizePaymentSessionStep } from "./steps/authorize-payment-session.ts";
import { ensurePaymentCapturedStep } from "./steps/capture-payment.ts";

/**
 * Acts on a verified provider webhook (Medusa's processPaymentWorkflow): `authorized` authorizes
 * the session, `captured` authorizes it if needed and records the capture; other actions do
 * nothing. Idempotent: the same webhook twice (or at once) authorizes and captures once.
 */
export const processPaymentWorkflow = createWorkflow("process-payment", (input: WebhookActionResult) => {
  const acting = transform({ input }, ({ input: i }) =>
    (i.action === "authorized" || i.action === "captured") && i.data ? i.data : undefined,
  );
  const payment = when(acting, (data) => data !== undefined).then(() =>
    authorizePaymentSessionStep(transform({ acting }, ({ acting: a }) => ({ session_id: a?.session_id ?? "" }))),
  );
  when(input, (i) => i.action === "captured" && i.data !== undefined).then(() =>
    ensurePaymentCapturedStep(
      transform({ payment, input }, ({ payment: p, input: i }) => ({
        payment_id: p?.id ?? "",
        amount: i.data?.amount ?? 0,
      })),
    ),
  );
  emitEventStep(
    transform({ payment, input }, ({ payment: p, input: i }): EventMessage[] =>
      !p
        ? []
        : [
            {
              name: i.action === "captured" ? PaymentEvents.PAYMENT_CAPTURED : PaymentEvents.PAYMENT_AUTHORIZED,
              data: { id: p.id },
            },
          ],
    ),
  );
  return new WorkflowResponse(transform({ payment }, ({ payment: p }) => ({ payment_id: p?.id ?? null })));
});
