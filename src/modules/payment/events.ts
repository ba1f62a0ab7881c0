/**
 * The payment module's domain events, emitted by the payment workflows once they have succeeded
 * (Medusa's names). Every payload is `{ id }` of the payment.
 */
export const PaymentEvents = {
  PAYMENT_AUTHORIZED: "payment.authorized",
  PAYMENT_CAPTURED: "payment.captured",
  PAYMENT_REFUNDED: "payment.refunded",
  PAYMENT_CANCELED: "payment.canceled",
} as const;
