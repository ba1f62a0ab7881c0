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
const statusColors: Record<string, Color> = {
  completed: "green",
  canceled: "red",
  requires_action: "orange",
};

export const paymentBadge = (status: string) => <Badge color={paymentColors[status]}>{words(status)}</Badge>;
export const fulfillmentBadge = (status: string) => <Badge color={fulfillmentColors[status]}>{words(status)}</Badge>;
export const statusBadge = (status: string) => <Badge color={statusColors[status]}>{words(status)}</Badge>;

/** A decimal string with its currency: "244.9", "eur" → "244.90 EUR". */
export const money = (amount: string, currency: string) => `${formatAmount(amount)} ${currency.toUpperCase()}`;
