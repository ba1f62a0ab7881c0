import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { RegionEvents } from "../../modules/region/events.ts";
import type { RegionUpdate } from "../../modules/region/service.ts";
import type { AdditionalData } from "../common/rows-workflows.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { validateCurrenciesStep } from "../common/steps/validate-currencies.ts";
import { updateRegionsStep } from "./steps/regions.ts";
import { PricingEvents } from "../../modules/pricing/events.ts";
import type { PricePreferenceInput } from "../../modules/pricing/types.ts";
import { setPricePreferencesStep } from "../pricing/steps/set-price-preferences.ts";

/** A region update: given columns change, `countries` replace the region's, `is_tax_inclusive` sets the preference. */
export type UpdateRegionWorkflowInput = Partial<RegionUpdate> & { id: string; is_tax_inclusive?: boolean };

/**
 * Updates regions and their tax-inclusive preference. Hook `regionsUpdated` receives
 * `{ regions, additional_data }`; if it throws, the old columns, countries and preference are written back.
 */
export const updateRegionsWorkflow = createWorkflow(
  "update-regions",
  (input: { regions: UpdateRegionWorkflowInput[]; additional_data?: AdditionalData }) => {
    validateCurrenciesStep(
      transform({ input }, ({ input: i }) => ({
        codes: i.regions.flatMap((r) => (r.currency_code ? [r.currency_code] : [])),
        field: ["currencyCode"],
      })),
    );
    const regions = updateRegionsStep(
      transform({ input }, ({ input: i }) =>
        i.regions.map(({ is_tax_inclusive: _, ...region }) => region as RegionUpdate),
      ),
    );
    const preferences = setPricePreferencesStep(
      transform({ input }, ({ input: i }) =>
        i.regions.flatMap((r): PricePreferenceInput[] =>
          r.is_tax_inclusive == null
            ? []
            : [{ attribute: "region_id", value: r.id, is_tax_inclusive: r.is_tax_inclusive }],
        ),
      ),
    );
    const updated = createHook("regionsUpdated", { regions, additional_data: input.additional_data });
    emitEventStep(
      transform({ input, preferences }, ({ input: i, preferences: set }) => [
        ...i.regions.map((r): EventMessage => ({ name: RegionEvents.REGION_UPDATED, data: { id: r.id } })),
        ...set.price_preferences.map(
          (p): EventMessage => ({
            name: set.created_ids.includes(p.id)
              ? PricingEvents.PRICE_PREFERENCE_CREATED
              : PricingEvents.PRICE_PREFERENCE_UPDATED,
            data: { id: p.id },
          }),
        ),
      ]),
    );
    return new WorkflowResponse(regions, { hooks: [updated] });
  },
);
