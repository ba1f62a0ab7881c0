import type { TesseraContainer } from "../../framework/container/container.ts";
import { formatAmount } from "../../framework/money/index.ts";
import { loadOrder, totalsOfOrder } from "./order-state.ts";

// The order's notifications (confirmation, shipment notice): the data a provider's template
// reads (items and totals, money formatted in the order's currency) and a plain-text rendering
// of it, so even a provider without templates (the local one's outbox) has a readable message.

/** Which notice: the order confirmation or a shipment notice. */
export type OrderNotice = "order-placed" | "order-shipped";

/** The template names the notices go out with. */
export const orderNoticeTemplates: Record<OrderNotice, string> = {
  "order-placed": "order-placed-template",
  "order-shipped": "order-shipped-template",
};

// A type (not an interface), so it passes as the notification's plain `data` record.
export type OrderNoticeData = {
  subject: string;
  text: string;
  order: {
    id: string;
    display_id: number;
    currency_code: string;
    items: { title: string; variant_title: string | null; quantity: number; unit_price: string; total: string }[];
    totals: { subtotal: string; discount_total: string; shipping_total: string; tax_total: string; total: string };
  };
  fulfillment?: { id: string; tracking_numbers: string[] };
};

/** Renders the notice as text: a heading, one line per item, the totals. */
export function renderOrderNotice(
  kind: OrderNotice,
  data: Omit<OrderNoticeData, "subject" | "text">,
): {
  subject: string;
  text: string;
} {
  const { order } = data;
  const money = (v: string) => `${v} ${order.currency_code.toUpperCase()}`;
  const subject =
    kind === "order-placed" ? `Order #${order.display_id} confirmed` : `Order #${order.display_id} has shipped`;
  const tracking = data.fulfillment?.tracking_numbers.length
    ? [`Tracking: ${data.fulfillment.tracking_numbers.join(", ")}`, ""]
    : [];
  const lines = [
    kind === "order-placed" ? "Thank you for your order." : "Your order is on its way.",
    "",
    ...tracking,
    ...order.items.map(
      (i) => `${i.quantity} × ${i.title}${i.variant_title ? ` (${i.variant_title})` : ""}  ${money(i.total)}`,
    ),
    "",
    `Subtotal  ${money(order.totals.subtotal)}`,
    ...(order.totals.discount_total !== formatAmount(0, order.currency_code)
      ? [`Discounts  -${money(order.totals.discount_total)}`]
      : []),
    `Shipping  ${money(order.totals.shipping_total)}`,
    `Taxes  ${money(order.totals.tax_total)}`,
    `Total  ${money(order.totals.total)}`,
  ];
  return { subject, text: lines.join("\n") };
}

/** The tracking numbers of a fulfillment, when the fulfillment module knows it. */
async function fulfillmentOf(container: TesseraContainer, id: string) {
  if (!container.hasRegistration("fulfillment")) return { id, tracking_numbers: [] };
  const [row] = await container.resolve("fulfillment").listFulfillments({ id }, { relations: ["labels"] });
  return { id, tracking_numbers: (row?.labels ?? []).map((l) => l.tracking_number) };
}

/**
 * The notification of an order's notice for the notification module, to the order's email; null
 * when the order has no email (nobody to tell).
 */
export async function orderNotification(
  container: TesseraContainer,
  kind: OrderNotice,
  orderId: string,
  fulfillmentId?: string | null,
) {
  const order = await loadOrder(container, orderId);
  if (!order.email) return null;
  const totals = totalsOfOrder(order);
  const c = order.currency_code;
  const data: Omit<OrderNoticeData, "subject" | "text"> = {
    order: {
      id: order.id,
      display_id: order.display_id,
      currency_code: c,
      items: (order.items ?? []).map((i) => ({
        title: i.title,
        variant_title: i.variant_title,
        quantity: i.quantity,
        unit_price: formatAmount(i.unit_price, c),
        total: formatAmount(totals.items.get(i.id)?.total ?? 0, c),
      })),
      totals: {
        subtotal: formatAmount(totals.subtotal, c),
        discount_total: formatAmount(totals.discount_total, c),
        shipping_total: formatAmount(totals.shipping_total, c),
        tax_total: formatAmount(totals.tax_total, c),
        total: formatAmount(totals.total, c),
      },
    },
    ...(fulfillmentId ? { fulfillment: await fulfillmentOf(container, fulfillmentId) } : {}),
  };
  return {
    to: order.email,
    channel: "email",
    template: orderNoticeTemplates[kind],
    data: { ...data, ...renderOrderNotice(kind, data) } satisfies OrderNoticeData,
  };
}
