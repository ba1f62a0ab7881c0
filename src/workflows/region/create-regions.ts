import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { RegionEvents } from "../../modules/region/events.ts";
import type { RegionInput } from "../../modules/region/service.ts";
import type { AdditionalData } from "../common/rows-workflows.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { validateCurrenciesStep } from "../common/steps/validate-currencies.ts";
import { createRegionsStep } from "./steps/regions.ts";
import { PricingEvents } from "../../modules/pricing/events.ts";
import type { PricePreferenceInput } from "../../modules/pricing/types.ts";
import { setPricePreferencesStep } from "../pricing/steps/set-price-preferences.ts";

/** A region to create; `is_tax_inclusive` becomes the pricing module's preference for it. */
export type CreateRegionWorkflowInput = RegionInput & {
  name: string;
  currency_code: string;
  is_tax_inclusive?: boolean;
};

/**
 * Creates regions: checks their currencies with the currency module, creates them with their
 * countries, stores their tax-inclusive preference with the pricing module (`price-preference.created`). Hook `regionsCreated`
 * receives `{ regions, additional_data }`; if it throws, the regions and preferences are removed.
 * @example await createRegionsWorkflow(container).run({ input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de"] }] } })
 */
export const createRegionsWorkflow = createWorkflow(
  "create-regions",
  (input: { regions: CreateRegionWorkflowInput[]; additional_data?: AdditionalData }) => {
    validateCurrenciesStep(
      transform({ input }, ({ input: i }) => ({
        codes: i.regions.map((r) => r.currency_code),
        field: ["currencyCode"],
      })),
    );
    const regions = createRegionsStep(
      transform({ input }, ({ input: i }) => i.regions.map(({ is_tax_inclusive: _, ...region }) => region)),
    );
    const preferences = setPricePreferencesStep(
      transform({ input, regions }, ({ input: i, regions: rows }) =>
        rows.flatMap((row, n): PricePreferenceInput[] => {
          const flag = i.regions[n]?.is_tax_inclusive;
          return flag == null ? [] : [{ attribute: "region_id", value: row.id, is_tax_inclusive: flag }];
        }),
      ),
    );
    const created = createHook("regionsCreated", { regions, additional_data: input.additional_data });
    emitEventStep(
      transform({ regions, preferences }, ({ regions: rows, preferences: set }) => [
        ...rows.map((r): EventMessage => ({ name: RegionEvents.REGION_CREATED, data: { id: r.id } })),
        ...set.price_preferences.map(
          (p): EventMessage => ({ name: PricingEvents.PRICE_PREFERENCE_CREATED, data: { id: p.id } }),
        ),
      ]),
    );
    return new WorkflowResponse(regions, { hooks: [created] });
  },
);
