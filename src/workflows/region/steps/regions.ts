import type { RegionInput, RegionUpdate } from "../../../modules/region/service.ts";
import { columnsOf, each, moduleRowSteps } from "../../common/steps/module-rows.ts";

const { createRowsStep, updateRowsStep, softDeleteRowsStep } = moduleRowSteps("region");

export const createRegionsStepId = "create-regions";
/** Creates regions with their countries (a country already in a region is CONFLICT); compensation deletes them. */
export const createRegionsStep = createRowsStep(
  createRegionsStepId,
  (s, input: RegionInput[]) => s.createRegionsWithCountries(input),
  (s, ids) => s.deleteRegions(ids),
);

export const updateRegionsStepId = "update-regions";
/** Updates regions (countries replace theirs); compensation writes back their columns and countries. */
export const updateRegionsStep = updateRowsStep(updateRegionsStepId, {
  snapshot: (s, ids) => each(ids, (id) => s.retrieveRegion(id, { relations: ["countries"] })),
  update: (s, input: RegionUpdate[]) => each(input, (data) => s.updateRegionWithCountries(data)),
  restore: (s, previous) =>
    each(previous, (r) =>
      s.updateRegionWithCountries({
        id: r.id,
        ...columnsOf(r, ["countries"]),
        countries: (r.countries ?? []).map((c) => c.iso_2),
      }),
    ),
});

export const deleteRegionsStepId = "delete-regions";
/** Soft-deletes regions with their countries (which become free); compensation restores them. */
export const deleteRegionsStep = softDeleteRowsStep(deleteRegionsStepId, {
  retrieve: (s, id) => s.retrieveRegion(id),
  softDelete: (s, ids) => s.softDeleteRegions(ids),
  restore: (s, ids) => s.restoreRegions(ids),
});
