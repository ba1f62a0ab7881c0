import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { Modules } from "../../../modules/index.ts";

export const authorizePaymentSessionStepId = "authorize-payment-session";

/**
 * Authorizes a session into a payment (idempotent: an authorized session gives its payment).
 * Compensation voids the authorization only when this step made it, unless `void_on_undo`: then
 * whenever the step ran. Completing a cart sets it, so a failed completion leaves no payment
 * authorized without an order, also when the session was authorized before, or when a crash
 * after the authorization made this step run again (and find the payment already there).
 */
export const authorizePaymentSessionStep = createStep(
  authorizePaymentSessionStepId,
  async (input: { session_id: string; context?: Record<string, unknown>; void_on_undo?: boolean }, { container }) => {
    const payment = container.resolve(Modules.PAYMENT);
    const before = input.void_on_undo
      ? []
      : await payment.listPayments({ payment_session_id: input.session_id }, { take: 1 });
    const authorized = await payment.authorizePaymentSession(input.session_id, input.context ?? {});
    return new StepResponse({ id: authorized.id }, before.length ? "" : authorized.id);
  },
  async (createdId: string, { container }) => {
    if (createdId) await container.resolve(Modules.PAYMENT).cancelPayment(createdId);
  },
);
