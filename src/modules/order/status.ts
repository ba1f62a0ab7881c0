import { toDecimal, type AmountInput } from "../../framework/money/index.ts";

// An order's payment and fulfilment statuses are derived from what happened (Medusa's
// getLastPaymentStatus / getLastFulfillmentStatus), never stored: they cannot go stale.

/** Medusa's order payment statuses. */
export const orderPaymentStatuses = [
  "not_paid",
  "awaiting",
  "authorized",
  "partially_authorized",
  "partially_captured",
  "captured",
  "partially_refunded",
  "refunded",
  "canceled",
  "requires_action",
] as const;
export type OrderPaymentStatus = (typeof orderPaymentStatuses)[number];

/** Medusa's order fulfilment statuses. */
export const orderFulfillmentStatuses = [
  "not_fulfilled",
  "partially_fulfilled",
  "fulfilled",
  "partially_shipped",
  "shipped",
  "partially_delivered",
  "delivered",
  "canceled",
] as const;
export type OrderFulfillmentStatus = (typeof orderFulfillmentStatuses)[number];

/** What a payment status is derived from: one payment collection's amounts, status and sessions. */
export interface PaymentStanding {
  status: string;
  amount: AmountInput;
  authorized_amount: AmountInput;
  captured_amount: AmountInput;
  refunded_amount: AmountInput;
  session_statuses?: readonly string[];
}

/**
 * The payment status of an order from its payment collections (their amounts added up; canceled
 * only when every collection is and none captured anything): refunds first, then captures,
 * authorizations, open sessions.
 */
export function paymentStatusOf(collections: readonly PaymentStanding[]): OrderPaymentStatus {
  if (!collections.length) return "not_paid";
  // A canceled collection that took money still tells what happened to it (refunded or not).
  const live = collections.filter((c) => c.status !== "canceled" || toDecimal(c.captured_amount).gt(0));
  if (!live.length) return "canceled";
  const sum = (pick: (c: PaymentStanding) => AmountInput) =>
    live.reduce((n, c) => n.plus(toDecimal(pick(c))), toDecimal(0));
  const amount = sum((c) => c.amount);
  const authorized = sum((c) => c.authorized_amount);
  const captured = sum((c) => c.captured_amount);
  const refunded = sum((c) => c.refunded_amount);
  if (refunded.gt(0)) return refunded.gte(captured) ? "refunded" : "partially_refunded";
  if (captured.gt(0)) return captured.gte(amount) ? "captured" : "partially_captured";
  if (authorized.gt(0)) return authorized.gte(amount) ? "authorized" : "partially_authorized";
  const sessions = live.flatMap((c) => c.session_statuses ?? []);
  if (sessions.includes("requires_more")) return "requires_action";
  if (live.some((c) => c.status === "awaiting")) return "awaiting";
  return "not_paid";
}

/** What a fulfilment status is derived from: the order's status and its items' quantities. */
export interface FulfillmentStanding {
  status: string;
  items: readonly {
    quantity: number;
    fulfilled_quantity: number;
    shipped_quantity: number;
    delivered_quantity: number;
  }[];
}

/**
 * The fulfilment status of an order: canceled with the order; else the furthest step reached by
 * any item, "partially_" until every item got there (delivered, then shipped, then fulfilled).
 */
export function fulfillmentStatusOf(order: FulfillmentStanding): OrderFulfillmentStatus {
  if (order.status === "canceled") return "canceled";
  const { items } = order;
  const step = (
    pick: (i: FulfillmentStanding["items"][number]) => number,
    full: OrderFulfillmentStatus,
    part: OrderFulfillmentStatus,
  ): OrderFulfillmentStatus | null => {
    if (!items.some((i) => pick(i) > 0)) return null;
    return items.every((i) => pick(i) >= i.quantity) ? full : part;
  };
  return (
    step((i) => i.delivered_quantity, "delivered", "partially_delivered") ??
    step((i) => i.shipped_quantity, "shipped", "partially_shipped") ??
    step((i) => i.fulfilled_quantity, "fulfilled", "partially_fulfilled") ??
    "not_fulfilled"
  );
}
