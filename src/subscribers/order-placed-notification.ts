import type { SubscriberArgs, SubscriberConfig } from "../framework/events/types.ts";
import { orderNotification } from "../workflows/order/notifications.ts";

/** Sends the order confirmation (its items and totals) to the order's email once it is placed. */
export default async function orderPlacedNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!container.hasRegistration("notification")) return;
  const notice = await orderNotification(container, "order-placed", event.data.id);
  if (notice) await container.resolve("notification").createNotifications(notice);
}

export const config: SubscriberConfig = {
  event: "order.placed",
};
