import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const setRegionPricePreferencesStepId = "set-region-price-preferences";

/** Whether prices in a region include taxes, kept by the pricing module. */
export interface RegionPricePreference {
  region_id: string;
  is_tax_inclusive: boolean;
}

/**
 * Stores each region's tax-inclusive flag as a pricing preference; compensation puts back the
 * previous flag, or removes a preference the step created.
 */
export const setRegionPricePreferencesStep = createStep(setRegionPricePreferencesStepId, async (input: RegionPricePreference[], { container }) => {
  const pricing = container.resolve("pricing");
  const existing = input.length ? await pricing.listPricePreferences({ attribute: "region_id", value: input.map((p) => p.region_id) }) : [];
  const before = new Map(existing.map((p) => [p.value, p.is_tax_inclusive]));
  const previous = input.map((p) => ({ region_id: p.region_id, is_tax_inclusive: before.get(p.region_id) ?? null }));
  for (const preference of input) await pricing.setPricePreference({ attribute: "region_id", value: preference.region_id, is_tax_inclusive: preference.is_tax_inclusive });
  return new StepResponse(input, previous);
}, async (previous, { container }) => {
  const pricing = container.resolve("pricing");
  const created = previous.filter((p) => p.is_tax_inclusive === null).map((p) => p.region_id);
  if (created.length) await pricing.deletePricePreferences({ attribute: "region_id", value: created });
  for (const p of previous) {
    if (p.is_tax_inclusive !== null) await pricing.setPricePreference({ attribute: "region_id", value: p.region_id, is_tax_inclusive: p.is_tax_inclusive });
  }
});
