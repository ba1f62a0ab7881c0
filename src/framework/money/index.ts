// Money: decimal amounts, currency rounding and taxes; never binary floats.
export { Decimal, toDecimal, decimalToString, isDecimalString, type AmountInput } from "./decimal.ts";
export { defaultCurrencies, currencyDecimalDigits, type CurrencyInfo } from "./currencies.ts";
export { MONEY_ROUNDING, roundAmount, roundToCurrency, formatAmount } from "./rounding.ts";
export { calculateAmountsWithTax, calculateTaxTotal, type AmountsWithTaxInput, type TaxLineLike } from "./tax.ts";
export { moneyFields } from "./schema.ts";
