import { lineTotalsOf, totalsOf, totalsTypes, type TotalsShape } from "../../../framework/graphql/totals-types.ts";
import type { AmountInput } from "../../../framework/money/index.ts";

// A cart's totals in GraphQL: the shared totals types (src/framework/graphql/totals-types.ts),
// named for carts (CartLineTotals, CartTotals).

export const { LineTotalsRef, TotalsRef: CartTotalsRef } = totalsTypes("Cart");
export { lineTotalsOf };

interface Line {
  id: string;
  is_tax_inclusive: boolean;
  adjustments: { amount: AmountInput; is_tax_inclusive: boolean }[];
  tax_lines: { rate: AmountInput }[];
}
interface CartLines {
  currency_code: string;
  items: (Line & { unit_price: AmountInput; quantity: number })[];
  shipping_methods: (Line & { amount: AmountInput })[];
}

/** A cart's totals for GraphQL, from its loaded lines. */
export function cartTotals(cart: CartLines): TotalsShape {
  return totalsOf({
    currency_code: cart.currency_code,
    items: cart.items.map((i) => ({ ...i, unit_price: i.unit_price.toString() })),
    shipping_methods: cart.shipping_methods.map((m) => ({ ...m, amount: m.amount.toString() })),
  });
}
