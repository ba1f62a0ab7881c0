import { Decimal } from "../money/index.ts";
import { lineTotals, type LineTotals, type TotalsAdjustment, type TotalsTaxLine } from "./line-totals.ts";

/** A line item as the totals need it (a cart's or an order's). */
export interface TotalsItem {
  id: string;
  unit_price: Decimal | string | number;
  quantity: number;
  is_tax_inclusive: boolean;
  adjustments?: readonly TotalsAdjustment[] | null;
  tax_lines?: readonly TotalsTaxLine[] | null;
}

/** A shipping method as the totals need it. */
export interface TotalsShippingMethod {
  id: string;
  amount: Decimal | string | number;
  is_tax_inclusive: boolean;
  adjustments?: readonly TotalsAdjustment[] | null;
  tax_lines?: readonly TotalsTaxLine[] | null;
}

export interface TotalsInput {
  currency_code: string;
  items?: readonly TotalsItem[] | null;
  shipping_methods?: readonly TotalsShippingMethod[] | null;
}

/** Totals of a cart or an order; every amount is rounded to the currency and sums its lines' rounded totals. */
export interface Totals {
  items: Map<string, LineTotals>;
  shipping_methods: Map<string, LineTotals>;
  item_subtotal: Decimal;
  item_discount_total: Decimal;
  item_tax_total: Decimal;
  item_total: Decimal;
  shipping_subtotal: Decimal;
  shipping_discount_total: Decimal;
  shipping_tax_total: Decimal;
  shipping_total: Decimal;
  /** Items and shipping before discounts, without taxes. */
  subtotal: Decimal;
  discount_total: Decimal;
  tax_total: Decimal;
  total: Decimal;
  /** Items and shipping with taxes, without discounts. */
  original_total: Decimal;
}

const sum = (lines: Iterable<LineTotals>, key: keyof LineTotals) => {
  let out = new Decimal(0);
  for (const line of lines) out = out.plus(line[key]);
  return out;
};

/**
 * The totals of a cart or an order, from its lines, their adjustments and their tax lines: a pure
 * function (no database, no clock), so a cart read never shows totals other than its lines'.
 * @example computeTotals({ currency_code: "eur", items: [{ id: "i1", unit_price: "120", quantity: 1, is_tax_inclusive: true, tax_lines: [{ rate: "20" }] }] }).tax_total // 20
 */
export function computeTotals(input: TotalsInput): Totals {
  const currency = input.currency_code;
  const items = new Map(
    (input.items ?? []).map((i) => [i.id, lineTotals({ ...i, amount: i.unit_price }, currency)] as const),
  );
  const shipping = new Map(
    (input.shipping_methods ?? []).map((m) => [m.id, lineTotals({ ...m, quantity: 1 }, currency)] as const),
  );
  const all = [...items.values(), ...shipping.values()];
  return {
    items,
    shipping_methods: shipping,
    item_subtotal: sum(items.values(), "subtotal"),
    item_discount_total: sum(items.values(), "discount_total"),
    item_tax_total: sum(items.values(), "tax_total"),
    item_total: sum(items.values(), "total"),
    shipping_subtotal: sum(shipping.values(), "subtotal"),
    shipping_discount_total: sum(shipping.values(), "discount_total"),
    shipping_tax_total: sum(shipping.values(), "tax_total"),
    shipping_total: sum(shipping.values(), "total"),
    subtotal: sum(all, "subtotal"),
    discount_total: sum(all, "discount_total"),
    tax_total: sum(all, "tax_total"),
    total: sum(all, "total"),
    original_total: sum(all, "original_total"),
  };
}
