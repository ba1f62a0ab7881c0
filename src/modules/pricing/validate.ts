import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { isDecimalString, toDecimal } from "../../framework/money/index.ts";
import type { PriceInput, PriceListInput } from "./types.ts";

const invalid = (message: string, field: string[]) =>
  new TesseraError(TesseraError.Types.INVALID_DATA, message, { field });

/** A price's amount as a non-negative decimal string, its tier ordered; typed errors on `field`. */
export function checkPrice(price: PriceInput, field: string[]): string {
  const raw = typeof price.amount === "string" ? price.amount.trim() : price.amount;
  if (typeof raw === "string" && !isDecimalString(raw))
    throw invalid("amount must be a decimal number", [...field, "amount"]);
  const amount = toDecimal(raw);
  if (amount.isNegative()) throw invalid("amount must not be negative", [...field, "amount"]);
  if (!/^[a-zA-Z]{3}$/.test(price.currency_code))
    throw invalid("currency_code must be a 3-letter ISO code", [...field, "currencyCode"]);
  const { min_quantity: min, max_quantity: max } = price;
  if ((min != null && (!Number.isInteger(min) || min < 0)) || (max != null && (!Number.isInteger(max) || max < 0))) {
    throw invalid("quantities must be non-negative integers", [...field, "minQuantity"]);
  }
  if (min != null && max != null && max < min)
    throw invalid("maxQuantity must not be below minQuantity", [...field, "maxQuantity"]);
  return amount.toFixed();
}

/** A price list must end after it starts. */
export function checkPriceListDates(list: Pick<PriceListInput, "starts_at" | "ends_at">): void {
  if (list.starts_at && list.ends_at && list.ends_at.getTime() <= list.starts_at.getTime()) {
    throw invalid("endsAt must be after startsAt", ["endsAt"]);
  }
}
