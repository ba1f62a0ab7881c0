/** An ISO 4217 currency as the currency module stores it. */
export interface CurrencyInfo {
  code: string;
  name: string;
  symbol: string;
  symbol_native: string;
  /** Digits after the decimal point of the minor unit: JPY 0, USD 2, KWD 3. */
  decimal_digits: number;
  /** The smallest cash step (CHF 0.05); 0 when any minor unit is fine. */
  rounding: string;
}

const c = (
  code: string,
  name: string,
  symbol: string,
  symbol_native: string,
  decimal_digits: number,
  rounding = "0",
): CurrencyInfo => ({ code, name, symbol, symbol_native, decimal_digits, rounding });

/** The common ISO 4217 currencies (lowercase codes, as Medusa stores them). */
export const defaultCurrencies: readonly CurrencyInfo[] = [
  c("usd", "US Dollar", "$", "$", 2),
  c("eur", "Euro", "€", "€", 2),
  c("gbp", "British Pound Sterling", "£", "£", 2),
  c("dkk", "Danish Krone", "Dkr", "kr", 2),
  c("sek", "Swedish Krona", "Skr", "kr", 2),
  c("nok", "Norwegian Krone", "Nkr", "kr", 2),
  c("chf", "Swiss Franc", "CHF", "CHF", 2, "0.05"),
  c("pln", "Polish Zloty", "zł", "zł", 2),
  c("czk", "Czech Republic Koruna", "Kč", "Kč", 2),
  c("huf", "Hungarian Forint", "Ft", "Ft", 2),
  c("ron", "Romanian Leu", "RON", "RON", 2),
  c("cad", "Canadian Dollar", "CA$", "$", 2),
  c("aud", "Australian Dollar", "AU$", "$", 2),
  c("nzd", "New Zealand Dollar", "NZ$", "$", 2),
  c("mxn", "Mexican Peso", "MX$", "$", 2),
  c("brl", "Brazilian Real", "R$", "R$", 2),
  c("ars", "Argentine Peso", "AR$", "$", 2),
  c("inr", "Indian Rupee", "Rs", "₹", 2),
  c("cny", "Chinese Yuan", "CN¥", "CN¥", 2),
  c("hkd", "Hong Kong Dollar", "HK$", "$", 2),
  c("sgd", "Singapore Dollar", "S$", "$", 2),
  c("jpy", "Japanese Yen", "¥", "￥", 0),
  c("krw", "South Korean Won", "₩", "₩", 0),
  c("isk", "Icelandic Króna", "Ikr", "kr", 0),
  c("clp", "Chilean Peso", "CL$", "$", 0),
  c("vnd", "Vietnamese Dong", "₫", "₫", 0),
  c("kwd", "Kuwaiti Dinar", "KD", "د.ك.‏", 3),
  c("bhd", "Bahraini Dinar", "BD", "د.ب.‏", 3),
  c("omr", "Omani Rial", "OMR", "ر.ع.‏", 3),
  c("jod", "Jordanian Dinar", "JD", "د.أ.‏", 3),
  c("tnd", "Tunisian Dinar", "DT", "د.ت.‏", 3),
  c("aed", "United Arab Emirates Dirham", "AED", "د.إ.‏", 2),
  c("sar", "Saudi Riyal", "SR", "ر.س.‏", 2),
  c("ils", "Israeli New Sheqel", "₪", "₪", 2),
  c("try", "Turkish Lira", "TL", "TL", 2),
  c("zar", "South African Rand", "R", "R", 2),
  c("thb", "Thai Baht", "฿", "฿", 2),
];

const byCode = new Map(defaultCurrencies.map((currency) => [currency.code, currency]));

/** Minor-unit digits of a currency code (case-insensitive); 2 for codes outside the table. */
export function currencyDecimalDigits(code: string): number {
  return byCode.get(code.toLowerCase())?.decimal_digits ?? 2;
}
