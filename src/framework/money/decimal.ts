import { Prisma } from "../../generated/prisma/client.ts";

/**
 * The one decimal type of the framework: decimal.js, as Prisma returns `Decimal` columns. Money
 * never goes through binary floats: `toDecimal(0.1).plus(0.2)` is exactly 0.3.
 */
export const Decimal = Prisma.Decimal;
export type Decimal = Prisma.Decimal;

/** What an amount may be given as: a decimal string ("10.50"), a Decimal, or a JS number. */
export type AmountInput = string | number | Decimal;

const decimalString = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** Whether a string is a plain decimal number ("10", "-0.5", "3.000"), no exponent, no spaces. */
export function isDecimalString(value: string): boolean {
  return decimalString.test(value);
}

/**
 * An amount as a Decimal. Numbers go through their shortest string form (`0.1` → "0.1"), so a
 * JS literal keeps the value it was written with.
 */
export function toDecimal(value: AmountInput): Decimal {
  if (value instanceof Decimal) return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite amount: ${value}`);
    return new Decimal(String(value));
  }
  const trimmed = value.trim();
  if (!isDecimalString(trimmed)) throw new RangeError(`Not a decimal amount: ${JSON.stringify(value)}`);
  return new Decimal(trimmed);
}

/** A Decimal as a plain string without exponent and trailing zeros ("10.5", "0.3", "1200"). */
export function decimalToString(value: AmountInput): string {
  return toDecimal(value).toFixed();
}
