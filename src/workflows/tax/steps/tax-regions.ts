import type { TaxRegionInput } from "../../../modules/tax/service.ts";
import { each, moduleRowSteps } from "../../common/steps/module-rows.ts";

const { createRowsStep, updateRowsStep, softDeleteRowsStep } = moduleRowSteps("tax");

/** What an update may change on a tax region. */
export interface TaxRegionUpdate {
  id: string;
  provider_id?: string | null;
  metadata?: object | null;
}

export const createTaxRegionsStepId = "create-tax-regions";
/** Creates tax regions with their default rates (one region per place: DUPLICATE); compensation deletes them. */
export const createTaxRegionsStep = createRowsStep(
  createTaxRegionsStepId,
  (s, input: TaxRegionInput[]) => s.createTaxRegionsWithRates(input),
  (s, ids) => s.deleteTaxRegions(ids),
);

export const updateTaxRegionsStepId = "update-tax-regions";
/** Updates tax regions' provider and metadata; compensation writes back the old ones. */
export const updateTaxRegionsStep = updateRowsStep(updateTaxRegionsStepId, {
  snapshot: (s, ids) =>
    each(ids, async (id): Promise<TaxRegionUpdate> => {
      const row = await s.retrieveTaxRegion(id);
      return { id, provider_id: row.provider_id, metadata: row.metadata as object | null };
    }),
  update: (s, input: TaxRegionUpdate[]) => each(input, (data) => s.updateTaxRegions(data)),
  // A null metadata is written back as null (the factory stores it as SQL NULL).
  restore: (s, previous) => each(previous, (data) => s.updateTaxRegions(data)),
});

export const deleteTaxRegionsStepId = "delete-tax-regions";
/** Soft-deletes tax regions with their province regions and rates; compensation restores them. */
export const deleteTaxRegionsStep = softDeleteRowsStep(deleteTaxRegionsStepId, {
  retrieve: (s, id) => s.retrieveTaxRegion(id),
  softDelete: (s, ids) => s.softDeleteTaxRegions(ids),
  restore: (s, ids) => s.restoreTaxRegions(ids),
});
