import type { AmountInput } from "../../framework/money/index.ts";

/** One price of a price set or price list. `rules` narrow it: `{ region_id: "reg_…" }`. */
export interface PriceInput {
  amount: AmountInput;
  currency_code: string;
  title?: string | null;
  min_quantity?: number | null;
  max_quantity?: number | null;
  rules?: Record<string, string>;
}

/** A price list's price: a price of the given price set. */
export interface PriceListPriceInput extends PriceInput {
  price_set_id: string;
}

export interface PriceListInput {
  title: string;
  description?: string;
  type?: "sale" | "override";
  status?: "active" | "draft";
  starts_at?: Date | null;
  ends_at?: Date | null;
  /** The list applies when the context's attribute is one of the values: `{ customer_group_id: ["cg_1"] }`. */
  rules?: Record<string, string[]>;
  prices?: PriceListPriceInput[];
}

/** A price list update: the fields given change; `rules` and `prices`, when given, replace the list's. */
export type PriceListUpdate = Partial<PriceListInput> & { id: string };

/** Whether prices for a currency (`currency_code`) or a region (`region_id`) include taxes. */
export interface PricePreferenceInput {
  attribute: "currency_code" | "region_id";
  value: string;
  is_tax_inclusive: boolean;
}

/**
 * What a price is calculated for. `currency_code` is required; every other key is matched
 * against price rules and price list rules (`region_id`, `customer_group_id`, …); a list value
 * matches any of its items (a customer in several groups). `quantity` picks a tier (default 1).
 */
export interface PricingContext {
  currency_code: string;
  region_id?: string;
  customer_group_id?: string | string[];
  quantity?: number;
  [attribute: string]: string | string[] | number | undefined;
}

/** One side (calculated or original) of a calculated price. */
export interface CalculatedPriceSide {
  id: string | null;
  price_list_id: string | null;
  price_list_type: "sale" | "override" | null;
  min_quantity: number | null;
  max_quantity: number | null;
}

/** The price of one price set in a context (Medusa's CalculatedPriceSet); amounts are decimal strings. */
export interface CalculatedPriceSet {
  id: string;
  is_calculated_price_price_list: boolean;
  is_calculated_price_tax_inclusive: boolean;
  calculated_amount: string | null;
  is_original_price_price_list: boolean;
  is_original_price_tax_inclusive: boolean;
  original_amount: string | null;
  currency_code: string | null;
  calculated_price: CalculatedPriceSide;
  original_price: CalculatedPriceSide;
}
