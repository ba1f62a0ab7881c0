import { builder } from "../../../framework/graphql/builder.ts";
import { computeTotals, lineTotals, type LineTotals, type TotalsLine } from "../../../framework/totals/index.ts";
import { formatAmount, type AmountInput } from "../../../framework/money/index.ts";

// Totals as GraphQL shows them: decimal strings with the currency's digits, beside the currency.

export interface LineTotalsShape {
  currencyCode: string;
  subtotal: string;
  discountTotal: string;
  taxTotal: string;
  total: string;
  originalTotal: string;
}

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

const amountFields = {
  subtotal: "Before discounts, without taxes.",
  discountTotal: "The discounts, without taxes.",
  taxTotal: "The taxes, after discounts.",
  total: "What the customer pays: subtotal − discountTotal + taxTotal.",
  originalTotal: "With taxes, before discounts.",
} as const;

export const LineTotalsRef = builder.objectRef<LineTotalsShape>("CartLineTotals").implement({
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

interface CartTotalsShape extends Omit<LineTotalsShape, never> {
  itemSubtotal: string;
  itemDiscountTotal: string;
  itemTaxTotal: string;
  itemTotal: string;
  shippingSubtotal: string;
  shippingDiscountTotal: string;
  shippingTaxTotal: string;
  shippingTotal: string;
}

const cartFields = {
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

export const CartTotalsRef = builder.objectRef<CartTotalsShape>("CartTotals").implement({
  description: "A cart's totals: decimal strings in currencyCode, each the sum of its lines' rounded totals.",
  fields: (t) => ({
    currencyCode: t.exposeString("currencyCode"),
    ...Object.fromEntries(
      Object.entries(cartFields).map(([name, description]) => [
        name,
        t.exposeString(name as keyof typeof cartFields, { description }),
      ]),
    ),
  }),
});

interface CartLines {
  currency_code: string;
  items: {
    id: string;
    unit_price: AmountInput;
    quantity: number;
    is_tax_inclusive: boolean;
    adjustments: { amount: AmountInput; is_tax_inclusive: boolean }[];
    tax_lines: { rate: AmountInput }[];
  }[];
  shipping_methods: {
    id: string;
    amount: AmountInput;
    is_tax_inclusive: boolean;
    adjustments: { amount: AmountInput; is_tax_inclusive: boolean }[];
    tax_lines: { rate: AmountInput }[];
  }[];
}

/** A cart's totals for GraphQL, from its loaded lines. */
export function cartTotals(cart: CartLines): CartTotalsShape {
  const c = cart.currency_code;
  const totals = computeTotals({
    currency_code: c,
    items: cart.items.map((i) => ({ ...i, unit_price: i.unit_price.toString() })),
    shipping_methods: cart.shipping_methods.map((m) => ({ ...m, amount: m.amount.toString() })),
  });
  const f = (v: AmountInput) => formatAmount(v, c);
  return {
    currencyCode: c,
    itemSubtotal: f(totals.item_subtotal),
    itemDiscountTotal: f(totals.item_discount_total),
    itemTaxTotal: f(totals.item_tax_total),
    itemTotal: f(totals.item_total),
    shippingSubtotal: f(totals.shipping_subtotal),
    shippingDiscountTotal: f(totals.shipping_discount_total),
    shippingTaxTotal: f(totals.shipping_tax_total),
    shippingTotal: f(totals.shipping_total),
    subtotal: f(totals.subtotal),
    discountTotal: f(totals.discount_total),
    taxTotal: f(totals.tax_total),
    total: f(totals.total),
    originalTotal: f(totals.original_total),
  };
}
