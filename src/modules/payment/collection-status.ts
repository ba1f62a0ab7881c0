import { toDecimal, type AmountInput } from "../../framework/money/index.ts";

/** A payment collection's status (Medusa's PaymentCollectionStatus). */
export const paymentCollectionStatuses = [
  "not_paid",
  "awaiting",
  "authorized",
  "partially_authorized",
  "canceled",
  "failed",
  "completed",
] as const;
export type PaymentCollectionStatus = (typeof paymentCollectionStatuses)[number];

/** A payment session's status. */
export const paymentSessionStatuses = ["pending", "requires_more", "authorized", "error", "canceled"] as const;
export type PaymentSessionStatus = (typeof paymentSessionStatuses)[number];

/** What a collection's status is derived from: its amount, the sums of its money, its sessions. */
export interface CollectionTotals {
  amount: AmountInput;
  /** Sum of the live (not canceled) payments. */
  authorized: AmountInput;
  captured: AmountInput;
  canceledPayments: number;
  sessionStatuses: readonly string[];
}

/**
 * The status a collection has given its totals: completed once captures cover the amount,
 * (partially) authorized by its live payments, canceled when every payment was canceled, awaiting
 * while a session is open, failed when the sessions were declined, else not paid.
 */
export function collectionStatus(t: CollectionTotals): PaymentCollectionStatus {
  const amount = toDecimal(t.amount);
  const authorized = toDecimal(t.authorized);
  if (amount.gt(0) && toDecimal(t.captured).gte(amount)) return "completed";
  if (authorized.gt(0)) return authorized.gte(amount) ? "authorized" : "partially_authorized";
  if (t.canceledPayments > 0) return "canceled";
  if (t.sessionStatuses.some((s) => s === "pending" || s === "requires_more")) return "awaiting";
  if (t.sessionStatuses.some((s) => s === "error")) return "failed";
  return "not_paid";
}
