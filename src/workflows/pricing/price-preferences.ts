import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { PricingEvents } from "../../modules/pricing/events.ts";
import type { PricePreferenceInput } from "../../modules/pricing/types.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { deleteWorkflow, type AdditionalData } from "../product/rows-workflows.ts";
import { deletePricePreferencesStep } from "./steps/delete-pricing-rows.ts";
import { setPricePreferencesStep } from "./steps/set-price-preferences.ts";

/**
 * Creates or updates price preferences (one per currency or region) and emits
 * `price-preference.created` or `price-preference.updated` for each. Hook `pricePreferencesSet`
 * receives `{ price_preferences, additional_data }`; if it throws, created ones are deleted and
 * changed ones get their old value back.
 * @example await setPricePreferencesWorkflow(container).run({ input: { price_preferences: [{ attribute: "currency_code", value: "eur", is_tax_inclusive: true }] } })
 */
export const setPricePreferencesWorkflow = createWorkflow(
  "set-price-preferences",
  (input: { price_preferences: PricePreferenceInput[]; additional_data?: AdditionalData }) => {
    const result = setPricePreferencesStep(input.price_preferences);
    const preferences = transform({ result }, ({ result: r }) => r.price_preferences);
    const set = createHook("pricePreferencesSet", {
      price_preferences: preferences,
      additional_data: input.additional_data,
    });
    emitEventStep(
      transform({ result }, ({ result: r }) =>
        r.price_preferences.map(
          (p): EventMessage => ({
            name: r.created_ids.includes(p.id)
              ? PricingEvents.PRICE_PREFERENCE_CREATED
              : PricingEvents.PRICE_PREFERENCE_UPDATED,
            data: { id: p.id },
          }),
        ),
      ),
    );
    return new WorkflowResponse(preferences, { hooks: [set] });
  },
);

/** Soft-deletes price preferences and emits `price-preference.deleted`; hook `pricePreferencesDeleted` receives `{ ids }`. */
export const deletePricePreferencesWorkflow = deleteWorkflow(
  "delete-price-preferences",
  "pricePreferencesDeleted",
  deletePricePreferencesStep,
  PricingEvents.PRICE_PREFERENCE_DELETED,
);
