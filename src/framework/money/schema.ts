import { z } from "zod";
import { isDecimalString } from "./decimal.ts";

/** Zod pieces for money inputs: amounts travel as decimal strings, never floats. */
export const moneyFields = {
  /** A non-negative decimal string: "10", "19.99", "0.125". */
  amount: z
    .string()
    .trim()
    .refine(isDecimalString, 'must be a decimal number as a string, e.g. "19.99"')
    .refine((v) => !v.startsWith("-") || /^-0*(\.0*)?$/.test(v), "must not be negative"),
  /** A 3-letter ISO 4217 code, stored lowercase. */
  currencyCode: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{3}$/, "must be a 3-letter ISO 4217 code")
    .transform((v) => v.toLowerCase()),
  /** A 2-letter ISO 3166-1 code, stored lowercase. */
  countryCode: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{2}$/, "must be a 2-letter ISO 3166-1 code")
    .transform((v) => v.toLowerCase()),
};
