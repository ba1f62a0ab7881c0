import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const deletePriceSetsStepId = "delete-price-sets";

/** Soft-deletes price sets with their prices (unknown ids are NOT_FOUND); compensation restores them. */
export const deletePriceSetsStep = createStep(deletePriceSetsStepId, async (ids: string[], { container }) => {
  const pricing = container.resolve("pricing");
  for (const id of ids) await pricing.retrievePriceSet(id);
  await pricing.softDeletePriceSets(ids);
  return new StepResponse(ids, ids);
}, async (ids, { container }) => {
  await container.resolve("pricing").restorePriceSets(ids);
});
