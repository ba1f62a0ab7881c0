import { Badge } from "../../sdk/components.tsx";
import { formatAmount } from "../pages/product-detail.tsx";

type Color = "grey" | "green" | "red" | "orange";

/** "PARTIALLY_CAPTURED" → "partially captured". */
const words = (value: string) => value.toLowerCase().replace(/_/g, " ");

const paymentColors: Record<string, Color> = {
  CAPTURED: "green",
  AUTHORIZED: "orange",
  PARTIALLY_CAPTURED: "orange",
  PARTIALLY_AUTHORIZED: "orange",
  PARTIALLY_REFUNDED: "orange",
  AWAITING: "orange",
  REQUIRES_ACTION: "red",
  CANCELED: "red",
};
const fulfillmentColors: Record<string, Color> = {
  DELIVERED: "green",
  SHIPPED: "green",
  FULFILLED: "green",
  PARTIALLY_FULFILLED: "orange",
  PARTIALLY_SHIPPED: "orange",
  PARTIALLY_DELIVERED: "orange",
  CANCELED: "red",
};
const returnColors: Record<string, Color> = {
  requested: "orange",
  partially_received: "orange",
  received: "green",
  canceled: "red",
};
const statusColors: Record<string, Color> = {
  completed: "green",
  canceled: "red",
  requires_action: "orange",
};

export const paymentBadge = (status: string) => <Badge color={paymentColors[status]}>{words(status)}</Badge>;
export const fulfillmentBadge = (status: string) => <Badge color={fulfillmentColors[status]}>{words(status)}</Badge>;
export const returnBadge = (status: string) => <Badge color={returnColors[status]}>{words(status)}</Badge>;
export const statusBadge = (status: string) => <Badge color={statusColors[status]}>{words(status)}</Badge>;

/** A decimal string with its currency: "244.9", "eur" → "244.90 EUR". */
export const money = (amount: string, currency: string) => `${formatAmount(amount)} ${currency.toUpperCase()}`;

/** The sum of decimal-string amounts, added in cents so 0.1 + 0.2 stays 0.30. */
export const sumAmounts = (list: readonly { amount: string }[]): number =>
  list.reduce((total, x) => total + Math.round(Number(x.amount) * 100), 0) / 100;

/** What the order's payments captured and did not refund yet. */
export const refundable = (payments: readonly { captures: { amount: string }[]; refunds: { amount: string }[] }[]) =>
  Math.round(payments.reduce((total, p) => total + sumAmounts(p.captures) - sumAmounts(p.refunds), 0) * 100) / 100;
