import { lineTotals } from "./line-totals.ts";
import { Decimal, roundToCurrency, type AmountInput } from "../money/index.ts";

/** An order line item as its value is computed: price, quantity, discounts, taxes. */
export interface ValuedItem {
  unit_price: AmountInput;
  quantity: number;
  is_tax_inclusive: boolean;
  adjustments?: readonly { amount: AmountInput; is_tax_inclusive: boolean; deleted_at?: Date | null }[] | null;
  tax_lines?: readonly { rate: AmountInput; deleted_at?: Date | null }[] | null;
}

/**
 * What `quantity` units of an item cost the customer, discounts and taxes included: the line's
 * total (the same totals code as the order's) shared per unit, rounded to the currency. This is
 * what a return refunds, what an exchange credits, and what the order summary deducts for the
 * units that came back.
 */
export function itemValue(item: ValuedItem, quantity: number, currency: string): Decimal {
  if (item.quantity <= 0 || quantity <= 0) return new Decimal(0);
  const total = lineTotals(
    {
      amount: item.unit_price,
      quantity: item.quantity,
      is_tax_inclusive: item.is_tax_inclusive,
      adjustments: (item.adjustments ?? []).filter((a) => !a.deleted_at),
      tax_lines: (item.tax_lines ?? []).filter((t) => !t.deleted_at),
    },
    currency,
  ).total;
  return roundToCurrency(total.times(quantity).div(item.quantity), currency);
}
