/**
 * The order module's domain events, emitted by the order workflows once the workflow has succeeded
 * (Medusa's names). Every payload is `{ id }` of the order.
 */
export const OrderEvents = {
  /** A cart was completed into this order. */
  ORDER_PLACED: "order.placed",
} as const;
