import { moduleRowSteps } from "../../common/steps/module-rows.ts";

const { softDeleteRowsStep } = moduleRowSteps("pricing");

export const deletePriceSetsStepId = "delete-price-sets";
/** Soft-deletes price sets with their prices (unknown ids are NOT_FOUND); compensation restores them. */
export const deletePriceSetsStep = softDeleteRowsStep(deletePriceSetsStepId, {
  retrieve: (s, id) => s.retrievePriceSet(id),
  softDelete: (s, ids) => s.softDeletePriceSets(ids),
  restore: (s, ids) => s.restorePriceSets(ids),
});

export const deletePriceListsStepId = "delete-price-lists";
/** Soft-deletes price lists with their prices and rules; compensation restores them. */
export const deletePriceListsStep = softDeleteRowsStep(deletePriceListsStepId, {
  retrieve: (s, id) => s.retrievePriceList(id),
  softDelete: (s, ids) => s.softDeletePriceLists(ids),
  restore: (s, ids) => s.restorePriceLists(ids),
});

export const deletePricePreferencesStepId = "delete-price-preferences";
/** Soft-deletes price preferences; compensation restores them. */
export const deletePricePreferencesStep = softDeleteRowsStep(deletePricePreferencesStepId, {
  retrieve: (s, id) => s.retrievePricePreference(id),
  softDelete: (s, ids) => s.softDeletePricePreferences(ids),
  restore: (s, ids) => s.restorePricePreferences(ids),
});
