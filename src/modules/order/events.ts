/**
 * The order module's domain events, emitted by the order workflows once the workflow has succeeded
 * (Medusa's names). Every payload is `{ id }` of the order.
 */
export const OrderEvents = {
  /** A cart was completed into this order. */
  ORDER_PLACED: "order.placed",
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
