import { currencyDecimalDigits } from "./currencies.ts";
import { Decimal, toDecimal, type AmountInput } from "./decimal.ts";

/**
 * Rounding mode for money: half-up (halves away from zero, 0.125 → 0.13). It is what shoppers
 * and invoices expect and what EU VAT rules prescribe per line; banker's rounding (half-even)
 * would round 0.475 up to 0.48 but 0.485 down to 0.48, which reads as a bug on a receipt.
 */
export const MONEY_ROUNDING = Decimal.ROUND_HALF_UP;

/** Rounds an amount to `digits` decimal places, half-up. */
export function roundAmount(amount: AmountInput, digits: number): Decimal {
  return toDecimal(amount).toDecimalPlaces(digits, MONEY_ROUNDING);
}

/** Rounds to the currency's minor unit (JPY 0, USD 2, KWD 3 digits). */
export function roundToCurrency(amount: AmountInput, currencyCode: string): Decimal {
  return roundAmount(amount, currencyDecimalDigits(currencyCode));
}

/** The amount rounded to the currency's minor unit, as a string with exactly its digits ("10.00", "1200", "1.250"). */
export function formatAmount(amount: AmountInput, currencyCode: string): string {
  const digits = currencyDecimalDigits(currencyCode);
  return roundAmount(amount, digits).toFixed(digits);
}
