import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const deletePriceListsStepId = "delete-price-lists";

/** Soft-deletes price lists with their prices and rules (unknown ids are NOT_FOUND); compensation restores them. */
export const deletePriceListsStep = createStep(deletePriceListsStepId, async (ids: string[], { container }) => {
  const pricing = container.resolve("pricing");
  for (const id of ids) await pricing.retrievePriceList(id);
  await pricing.softDeletePriceLists(ids);
  return new StepResponse(ids, ids);
}, async (ids, { container }) => {
  await container.resolve("pricing").restorePriceLists(ids);
});
