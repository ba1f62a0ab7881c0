import type { TesseraContainer } from "../../../framework/container/container.ts";
import { decimalToString } from "../../../framework/money/index.ts";
import type { Row } from "../../../framework/modules/service-factory.ts";
import type { PriceInput, PriceListPriceInput, PriceListUpdate } from "../../../modules/pricing/types.ts";

type PriceRow = Row<"Price"> & { price_rules?: Row<"PriceRule">[] };

/** A stored price as the input that writes it again (plain JSON: amounts as strings). */
export function toPriceInput(price: PriceRow): PriceInput {
  return {
    amount: decimalToString(price.amount),
    currency_code: price.currency_code,
    title: price.title,
    min_quantity: price.min_quantity,
    max_quantity: price.max_quantity,
    rules: Object.fromEntries((price.price_rules ?? []).map((r) => [r.attribute, r.value])),
  };
}

/** A price list as it is, dates as ISO strings so the snapshot survives a stored execution. */
export interface PriceListSnapshot extends Omit<PriceListUpdate, "starts_at" | "ends_at"> {
  starts_at: string | null;
  ends_at: string | null;
}

export async function snapshotPriceList(container: TesseraContainer, id: string): Promise<PriceListSnapshot> {
  const list = await container
    .resolve("pricing")
    .retrievePriceList(id, { relations: ["rules", "prices", "prices.price_rules"] });
  const prices: PriceListPriceInput[] = (list.prices ?? []).map((p) => ({
    ...toPriceInput(p),
    price_set_id: p.price_set_id,
  }));
  return {
    id: list.id,
    title: list.title,
    description: list.description,
    type: list.type,
    status: list.status,
    starts_at: list.starts_at?.toISOString() ?? null,
    ends_at: list.ends_at?.toISOString() ?? null,
    rules: Object.fromEntries((list.rules ?? []).map((r) => [r.attribute, r.values])),
    prices,
  };
}

/** The update that puts a snapshotted list back: columns, rules and prices replaced. */
export function restoreOf(snapshot: PriceListSnapshot): PriceListUpdate {
  return withDates(snapshot);
}

/** Unknown currencies are INVALID_DATA on `field`, before anything is written. */
export async function assertPriceCurrencies(
  container: TesseraContainer,
  prices: readonly { currency_code: string }[],
  field: string[],
): Promise<void> {
  await container.resolve("currency").assertCurrencies(
    prices.map((p) => p.currency_code),
    field,
  );
}

/**
 * A workflow's input goes through JSON when its steps run as BullMQ jobs: a price list's dates
 * arrive as ISO strings. Turns them back into dates (left as they are when absent).
 */
export function withDates<T extends { starts_at?: Date | string | null; ends_at?: Date | string | null }>(
  list: T,
): Omit<T, "starts_at" | "ends_at"> & { starts_at?: Date | null; ends_at?: Date | null } {
  const date = (value: Date | string | null) => (typeof value === "string" ? new Date(value) : value);
  return {
    ...list,
    ...(list.starts_at !== undefined ? { starts_at: date(list.starts_at) } : {}),
    ...(list.ends_at !== undefined ? { ends_at: date(list.ends_at) } : {}),
  };
}
