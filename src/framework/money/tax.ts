import { Decimal, decimalToString, toDecimal, type AmountInput } from "./decimal.ts";
import { roundToCurrency } from "./rounding.ts";

/** A tax line as `getTaxLines` returns it; only `rate` (a percentage: 25 means 25 %) is used here. */
export interface TaxLineLike {
  rate: AmountInput | null;
}

export interface AmountsWithTaxInput {
  taxLines: readonly TaxLineLike[];
  amount: AmountInput;
  /** Whether `amount` already includes the taxes (a tax-inclusive price). */
  includesTax: boolean;
  /** When given, results are rounded to the currency's minor unit, half-up. Default: exact. */
  currencyCode?: string;
}

/** The sum of the lines' rates as a fraction: 20 % + 5 % → 0.25. */
function rateSum(taxLines: readonly TaxLineLike[]): Decimal {
  return taxLines.reduce((sum, line) => sum.plus(toDecimal(line.rate ?? 0)), new Decimal(0)).div(100);
}

/**
 * The tax contained in (includesTax) or added to (not includesTax) an amount. Tax-inclusive:
 * amount − amount / (1 + Σrates); exclusive: amount × Σrates.
 */
export function calculateTaxTotal(input: Omit<AmountsWithTaxInput, "currencyCode">): Decimal {
  const amount = toDecimal(input.amount);
  const rates = rateSum(input.taxLines);
  return input.includesTax ? amount.minus(amount.div(rates.plus(1))) : amount.times(rates);
}

/**
 * The price with and without tax, as decimal strings; the seed's "Get Variant Prices with Taxes".
 * Exact decimal arithmetic; pass `currencyCode` to round to the currency (then an inclusive →
 * exclusive → inclusive round trip gives the amount back).
 * @example calculateAmountsWithTax({ taxLines: [{ rate: 25 }], amount: "100", includesTax: true }) // { priceWithTax: "100", priceWithoutTax: "80" }
 */
export function calculateAmountsWithTax(input: AmountsWithTaxInput): { priceWithTax: string; priceWithoutTax: string } {
  const amount = toDecimal(input.amount);
  const tax = calculateTaxTotal(input);
  const withTax = input.includesTax ? amount : amount.plus(tax);
  const withoutTax = input.includesTax ? amount.minus(tax) : amount;
  const out = (value: Decimal) =>
    decimalToString(input.currencyCode ? roundToCurrency(value, input.currencyCode) : value);
  return { priceWithTax: out(withTax), priceWithoutTax: out(withoutTax) };
}
