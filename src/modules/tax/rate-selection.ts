import type { ApplicableRate, TaxableItem, TaxableShipping } from "./providers/types.ts";

/** A rate with its rules, as loaded for one tax region. */
export interface RateWithRules extends ApplicableRate {
  is_default: boolean;
  is_combinable: boolean;
  rules: { reference: string; reference_id: string }[];
}

const isShipping = (item: TaxableItem | TaxableShipping): item is TaxableShipping => "shipping_option_id" in item;

/**
 * The rates of one region for an item: rates whose rules target the product beat rates for its
 * product type, which beat the region's default; all rates at the best level apply.
 */
export function ratesForItem(rates: readonly RateWithRules[], item: TaxableItem | TaxableShipping): RateWithRules[] {
  const targets: [string, string | null | undefined][] = isShipping(item)
    ? [["shipping_option", item.shipping_option_id]]
    : [
        ["product", item.product_id],
        ["product_type", item.product_type_id],
      ];
  for (const [reference, id] of targets) {
    if (!id) continue;
    const matched = rates.filter((r) =>
      r.rules.some((rule) => rule.reference === reference && rule.reference_id === id),
    );
    if (matched.length) return matched;
  }
  return rates.filter((r) => r.is_default);
}

/**
 * Province rates override the country's; a combinable province rate is applied together with
 * the country's. Without a province rate the country's rates apply.
 */
export function combineRegionRates(province: RateWithRules[], country: RateWithRules[]): RateWithRules[] {
  if (!province.length) return country;
  return province.every((r) => r.is_combinable) ? [...province, ...country] : province;
}
