// The pricing module's core flows: every pricing mutation runs one of these.
export { createPriceSetsWorkflow, updatePriceSetsWorkflow, deletePriceSetsWorkflow } from "./price-sets.ts";
export { createPriceListsWorkflow, updatePriceListsWorkflow, deletePriceListsWorkflow } from "./price-lists.ts";
export { setPricePreferencesWorkflow, deletePricePreferencesWorkflow } from "./price-preferences.ts";
