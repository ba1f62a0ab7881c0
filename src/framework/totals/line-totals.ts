import { Decimal, roundToCurrency, toDecimal, type AmountInput } from "../money/index.ts";

/** An adjustment (a promotion's discount) on a line: a positive amount taken off it. */
export interface TotalsAdjustment {
  amount: AmountInput;
  /** Whether `amount` includes the line's taxes (a discount on a tax-inclusive price). Default false. */
  is_tax_inclusive?: boolean | null;
}

/** A tax line of a line: `rate` is a percentage ("20" is 20 %). */
export interface TotalsTaxLine {
  rate: AmountInput | null;
}

/** One priced line (an item's unit price × quantity, or a shipping method's amount). */
export interface TotalsLine {
  amount: AmountInput;
  quantity: number;
  is_tax_inclusive: boolean;
  adjustments?: readonly TotalsAdjustment[] | null;
  tax_lines?: readonly TotalsTaxLine[] | null;
}

/** A line's totals, rounded to the currency: subtotal − discount_total + tax_total = total. */
export interface LineTotals {
  /** Before discounts, without taxes. */
  subtotal: Decimal;
  /** The discounts, without taxes (never more than the subtotal). */
  discount_total: Decimal;
  /** Taxes on what is left after the discounts. */
  tax_total: Decimal;
  /** What the customer pays for the line. */
  total: Decimal;
  /** What the line would cost with taxes and without discounts. */
  original_total: Decimal;
}

const zero = new Decimal(0);
const min = (a: Decimal, b: Decimal) => (a.lessThan(b) ? a : b);

/**
 * Totals of one line. A tax-inclusive line's total is its gross price less its gross discounts,
 * rounded once, and its tax is what is left over, so an EU shopper pays exactly the shelf price;
 * a tax-exclusive line's tax is computed on the discounted net and rounded per line.
 */
export function lineTotals(line: TotalsLine, currencyCode: string): LineTotals {
  const round = (value: Decimal) => roundToCurrency(value, currencyCode);
  const rate = (line.tax_lines ?? []).reduce((sum, t) => sum.plus(toDecimal(t.rate ?? 0)), zero).div(100);
  const factor = rate.plus(1);
  const gross = toDecimal(line.amount).times(line.quantity);
  const net = line.is_tax_inclusive ? gross.div(factor) : gross;
  const rawDiscount = (line.adjustments ?? []).reduce(
    (sum, a) => sum.plus(a.is_tax_inclusive ? toDecimal(a.amount).div(factor) : toDecimal(a.amount)),
    zero,
  );
  const discountNet = min(rawDiscount, net);
  const subtotal = round(net);
  const discount = round(discountNet);
  if (line.is_tax_inclusive) {
    const total = round(gross.minus(discountNet.times(factor)));
    return {
      subtotal,
      discount_total: discount,
      tax_total: total.minus(subtotal.minus(discount)),
      total,
      original_total: round(gross),
    };
  }
  const tax = round(net.minus(discountNet).times(rate));
  return {
    subtotal,
    discount_total: discount,
    tax_total: tax,
    total: subtotal.minus(discount).plus(tax),
    original_total: subtotal.plus(round(net.times(rate))),
  };
}
