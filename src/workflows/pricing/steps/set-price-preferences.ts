import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { PricePreferenceInput } from "../../../modules/pricing/types.ts";

export const setPricePreferencesStepId = "set-price-preferences";

/** What the step did: the preferences as they are now, and which of them it created. */
export interface SetPricePreferencesResult {
  price_preferences: { id: string; attribute: string; value: string; is_tax_inclusive: boolean }[];
  created_ids: string[];
}

interface Undo {
  created_ids: string[];
  previous: { id: string; is_tax_inclusive: boolean }[];
}

// Currency codes are stored lowercase: "DKK" and "dkk" are one preference.
const stored = (p: { attribute: string; value: string }) => ({
  attribute: p.attribute,
  value: p.attribute === "currency_code" ? p.value.toLowerCase() : p.value,
});
const key = (p: { attribute: string; value: string }) => JSON.stringify(stored(p));

/**
 * Creates or updates the preference of each attribute value (the currency or region must exist),
 * all or none. Compensation deletes the ones it created and writes back the ones it changed.
 */
export const setPricePreferencesStep = createStep(
  setPricePreferencesStepId,
  async (input: PricePreferenceInput[], { container }) => {
    const currencies = input.filter((p) => p.attribute === "currency_code").map((p) => p.value);
    await container.resolve("currency").assertCurrencies(currencies, ["value"]);
    for (const p of input.filter((i) => i.attribute === "region_id"))
      await container.resolve("region").retrieveRegion(p.value);
    const pricing = container.resolve("pricing");
    const existing = input.length ? await pricing.listPricePreferences({ $or: input.map(stored) }) : [];
    const before = new Map(existing.map((p) => [key(p), p]));
    const rows = await pricing.setPricePreferences(input);
    const created_ids = rows.filter((r) => !before.has(key(r))).map((r) => r.id);
    const undo: Undo = {
      created_ids,
      previous: existing.map((p) => ({ id: p.id, is_tax_inclusive: p.is_tax_inclusive })),
    };
    return new StepResponse<SetPricePreferencesResult, Undo>({ price_preferences: rows, created_ids }, undo);
  },
  async (undo, { container }) => {
    const pricing = container.resolve("pricing");
    if (undo.created_ids.length) await pricing.deletePricePreferences(undo.created_ids);
    if (undo.previous.length) await pricing.updatePricePreferences(undo.previous);
  },
);
