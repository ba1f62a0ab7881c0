/**
 * The order module's domain events, emitted by the order workflows once the workflow has succeeded
 * (Medusa's names). Payloads are `{ id }` of the order unless said otherwise.
 */
export const OrderEvents = {
  /** A cart was completed into this order. */
  ORDER_PLACED: "order.placed",
  /** Something of the order changed after placement (a capture, a refund, a confirmed edit, a promotion applied, ...). */
  ORDER_UPDATED: "order.updated",
  /** The order was canceled (its reservations released, its payment voided or refunded). */
  ORDER_CANCELED: "order.canceled",
  /** An edit was confirmed and applied (`{ id, order_id }`: the edit's change and its order). */
  ORDER_EDIT_CONFIRMED: "order-edit.confirmed",
  /** An edit was canceled (`{ id, order_id }`). */
  ORDER_EDIT_CANCELED: "order-edit.canceled",
  /** A draft order was created (`{ id }`). */
  DRAFT_ORDER_CREATED: "draft-order.created",
} as const;
