/**
 * The order module's domain events, emitted by the order workflows once the workflow has succeeded
 * (Medusa's names). Every payload is `{ id }` of the order.
 */
export const OrderEvents = {
  /** A cart was completed into this order. */
  ORDER_PLACED: "order.placed",
  /** Something of the order changed after placement (a capture, a refund, a cancellation, ...). */
  ORDER_UPDATED: "order.updated",
  /** The order was canceled (its reservations released, its payment voided or refunded). */
  ORDER_CANCELED: "order.canceled",
} as const;
