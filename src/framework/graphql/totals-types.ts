import { computeTotals, lineTotals, type LineTotals, type TotalsInput, type TotalsLine } from "../totals/index.ts";
import { formatAmount, type AmountInput } from "../money/index.ts";
import { builder } from "./builder.ts";

// Totals as GraphQL shows them (carts and orders alike): decimal strings with the currency's
// digits, beside the currency. One pair of object types per owner ("Cart", "Order").

export interface LineTotalsShape {
  currencyCode: string;
  subtotal: string;
  discountTotal: string;
  taxTotal: string;
  total: string;
  originalTotal: string;
}

export interface TotalsShape extends LineTotalsShape {
  itemSubtotal: string;
  itemDiscountTotal: string;
  itemTaxTotal: string;
  itemTotal: string;
  shippingSubtotal: string;
  shippingDiscountTotal: string;
  shippingTaxTotal: string;
  shippingTotal: string;
}

const amountFields = {
  subtotal: "Before discounts, without taxes.",
  discountTotal: "The discounts, without taxes.",
  taxTotal: "The taxes, after discounts.",
  total: "What the customer pays: subtotal − discountTotal + taxTotal.",
  originalTotal: "With taxes, before discounts.",
} as const;

const totalsFields = {
  itemSubtotal: "The items before discounts, without taxes.",
  itemDiscountTotal: "The items' discounts, without taxes.",
  itemTaxTotal: "The items' taxes.",
  itemTotal: "The items with discounts and taxes.",
  shippingSubtotal: "Shipping before discounts, without taxes.",
  shippingDiscountTotal: "Shipping discounts, without taxes.",
  shippingTaxTotal: "Shipping taxes.",
  shippingTotal: "Shipping with discounts and taxes.",
  ...amountFields,
} as const;

const format = (t: LineTotals, currency: string): LineTotalsShape => ({
  currencyCode: currency,
  subtotal: formatAmount(t.subtotal, currency),
  discountTotal: formatAmount(t.discount_total, currency),
  taxTotal: formatAmount(t.tax_total, currency),
  total: formatAmount(t.total, currency),
  originalTotal: formatAmount(t.original_total, currency),
});

/** A line's totals for GraphQL. */
export const lineTotalsOf = (line: TotalsLine, currency: string): LineTotalsShape =>
  format(lineTotals(line, currency), currency);

/** The totals of a cart or an order for GraphQL, from its loaded lines. */
export function totalsOf(input: TotalsInput & { currency_code: string }): TotalsShape {
  const c = input.currency_code;
  const t = computeTotals(input);
  const f = (v: AmountInput) => formatAmount(v, c);
  return {
    currencyCode: c,
    itemSubtotal: f(t.item_subtotal),
    itemDiscountTotal: f(t.item_discount_total),
    itemTaxTotal: f(t.item_tax_total),
    itemTotal: f(t.item_total),
    shippingSubtotal: f(t.shipping_subtotal),
    shippingDiscountTotal: f(t.shipping_discount_total),
    shippingTaxTotal: f(t.shipping_tax_total),
    shippingTotal: f(t.shipping_total),
    subtotal: f(t.subtotal),
    discountTotal: f(t.discount_total),
    taxTotal: f(t.tax_total),
    total: f(t.total),
    originalTotal: f(t.original_total),
  };
}

/**
 * The GraphQL types of an owner's totals: `<Owner>LineTotals` (an item's or a shipping method's)
 * and `<Owner>Totals` (the whole cart's or order's).
 * @example const { LineTotalsRef, TotalsRef } = totalsTypes("Order")
 */
export function totalsTypes(owner: string) {
  const LineTotalsRef = builder.objectRef<LineTotalsShape>(`${owner}LineTotals`).implement({
    description: "A line's totals, decimal strings in currencyCode, rounded to its digits.",
    fields: (t) => ({
      currencyCode: t.exposeString("currencyCode"),
      ...Object.fromEntries(
        Object.entries(amountFields).map(([name, description]) => [
          name,
          t.exposeString(name as keyof typeof amountFields, { description }),
        ]),
      ),
    }),
  });
  const TotalsRef = builder.objectRef<TotalsShape>(`${owner}Totals`).implement({
    description: `The ${owner.toLowerCase()}'s totals: decimal strings in currencyCode, each the sum of its lines' rounded totals.`,
    fields: (t) => ({
      currencyCode: t.exposeString("currencyCode"),
      ...Object.fromEntries(
        Object.entries(totalsFields).map(([name, description]) => [
          name,
          t.exposeString(name as keyof typeof totalsFields, { description }),
        ]),
      ),
    }),
  });
  return { LineTotalsRef, TotalsRef };
}
