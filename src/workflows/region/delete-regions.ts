import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { PricingEvents } from "../../modules/pricing/events.ts";
import { RegionEvents } from "../../modules/region/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { deletePricePreferencesStep } from "../pricing/steps/delete-pricing-rows.ts";
import { deleteRegionsStep } from "./steps/regions.ts";
import { regionPricePreferenceIdsStep } from "./steps/region-price-preferences.ts";

/**
 * Soft-deletes regions (their countries become free) and their tax-inclusive preferences, and
 * emits `region.deleted` and `price-preference.deleted`. Hook `regionsDeleted` receives `{ ids }`;
 * if it throws, the regions and preferences are restored and nothing is emitted.
 */
export const deleteRegionsWorkflow = createWorkflow("delete-regions", (input: { ids: string[] }) => {
  const ids = deleteRegionsStep(input.ids);
  const preferenceIds = deletePricePreferencesStep(regionPricePreferenceIdsStep(ids));
  const deleted = createHook("regionsDeleted", { ids });
  emitEventStep(
    transform({ ids, preferenceIds }, ({ ids: regions, preferenceIds: preferences }) => [
      ...regions.map((id): EventMessage => ({ name: RegionEvents.REGION_DELETED, data: { id } })),
      ...preferences.map((id): EventMessage => ({ name: PricingEvents.PRICE_PREFERENCE_DELETED, data: { id } })),
    ]),
  );
  return new WorkflowResponse(ids, { hooks: [deleted] });
});
