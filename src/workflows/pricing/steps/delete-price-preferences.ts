import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const deletePricePreferencesStepId = "delete-price-preferences";

/** Soft-deletes price preferences (unknown ids are NOT_FOUND); compensation restores them. */
export const deletePricePreferencesStep = createStep(deletePricePreferencesStepId, async (ids: string[], { container }) => {
  const pricing = container.resolve("pricing");
  for (const id of ids) await pricing.retrievePricePreference(id);
  await pricing.softDeletePricePreferences(ids);
  return new StepResponse(ids, ids);
}, async (ids, { container }) => {
  await container.resolve("pricing").restorePricePreferences(ids);
});
