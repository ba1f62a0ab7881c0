import type { SubscriberArgs, SubscriberConfig } from "../framework/events/types.ts";
import { orderNotification } from "../workflows/order/notifications.ts";

/** `order.shipment_created`: the order (`order_id`, or `id`) and the fulfillment that shipped. */
export interface ShipmentCreatedEvent {
  id: string;
  order_id?: string;
  fulfillment_id?: string | null;
  no_notification?: boolean;
}

/** Tells the order's email that (part of) the order shipped: its items, totals and tracking numbers. */
export default async function orderShipmentNotification({ event, container }: SubscriberArgs<ShipmentCreatedEvent>) {
  if (!container.hasRegistration("notification") || event.data.no_notification) return;
  const notice = await orderNotification(
    container,
    "order-shipped",
    event.data.order_id ?? event.data.id,
    event.data.fulfillment_id,
  );
  if (notice) await container.resolve("notification").createNotifications(notice);
}

export const config: SubscriberConfig = {
  event: "order.shipment_created",
};
