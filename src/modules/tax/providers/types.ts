import type { AmountInput } from "../../../framework/money/index.ts";

/** An item to tax (Medusa's TaxableItemDTO): a line item or a product variant on a price page. */
export interface TaxableItem {
  id: string;
  product_id: string;
  product_type_id?: string | null;
  quantity?: number;
  unit_price?: AmountInput | null;
  currency_code?: string | null;
}

/** A shipping method to tax (Medusa's TaxableShippingDTO). */
export interface TaxableShipping {
  id: string;
  shipping_option_id: string;
  unit_price?: AmountInput | null;
  currency_code?: string | null;
}

/** Where the goods go: the tax region is picked by country and province. */
export interface TaxCalculationContext {
  address: {
    country_code: string;
    province_code?: string | null;
    postal_code?: string | null;
    city?: string | null;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** A rate chosen for an item, handed to the provider. `rate` is a percentage string ("25"). */
export interface ApplicableRate {
  id: string;
  rate: string | null;
  code: string;
  name: string;
}

interface TaxLineBase {
  rate_id: string;
  /** A percentage as a decimal string: "25" means 25 %. */
  rate: string | null;
  code: string;
  name: string;
  provider_id: string;
}
export interface ItemTaxLine extends TaxLineBase {
  line_item_id: string;
}
export interface ShippingTaxLine extends TaxLineBase {
  shipping_line_id: string;
}

/**
 * A tax provider turns the rates picked for each item into tax lines; replace it to call a tax
 * service (Avalara, TaxJar) or apply exemptions. Registered by `identifier`; a tax region names
 * its provider in `provider_id`.
 */
export interface TaxProvider {
  /** The id tax regions refer to (`provider_id`). */
  readonly identifier: string;
  /** Tax lines for items and shipping methods, given the rates picked for each. */
  getTaxLines(
    itemLines: { line_item: TaxableItem; rates: ApplicableRate[] }[],
    shippingLines: { shipping_line: TaxableShipping; rates: ApplicableRate[] }[],
    context: TaxCalculationContext,
  ): Promise<(ItemTaxLine | ShippingTaxLine)[]>;
}
