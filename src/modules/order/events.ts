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

/**
 * Events of what happens to an order's items after placement (Medusa's names), emitted once the
 * workflow has succeeded; payloads are in OrderLifecycleEventData.
 */
export const OrderLifecycleEvents = {
  /** Items left a location: `{ order_id, fulfillment_id }`. */
  FULFILLMENT_CREATED: "order.fulfillment_created",
  /** An unshipped fulfillment was canceled, its stock back: `{ order_id, fulfillment_id }`. */
  FULFILLMENT_CANCELED: "order.fulfillment_canceled",
  /** A fulfillment shipped with its labels: `{ order_id, fulfillment_id }`. */
  SHIPMENT_CREATED: "order.shipment_created",
  /** A fulfillment was delivered: `{ id, order_id }` (`id` is the fulfillment's). */
  DELIVERY_CREATED: "delivery.created",
  /** A return was requested: `{ order_id, return_id }`. */
  RETURN_REQUESTED: "order.return_requested",
  /** Returned items were received: `{ order_id, return_id }`. */
  RETURN_RECEIVED: "order.return_received",
  /** An exchange was created and confirmed: `{ order_id, exchange_id, return_id }`. */
  EXCHANGE_CREATED: "order.exchange_created",
  /** A claim was created and confirmed: `{ order_id, claim_id }`. */
  CLAIM_CREATED: "order.claim_created",
} as const;
