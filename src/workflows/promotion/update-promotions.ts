import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { PromotionEvents } from "../../modules/promotion/events.ts";
import type { UpdatePromotionInput } from "../../modules/promotion/types.ts";
import type { AdditionalData } from "../common/rows-workflows.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { validateCurrenciesStep } from "../common/steps/validate-currencies.ts";
import { updatePromotionsStep } from "./steps/promotions.ts";

/**
 * Updates promotions and their application methods, emits `promotion.updated`. Hook
 * `promotionsUpdated` receives `{ promotions, additional_data }`; if it throws, the old values are written back.
 */
export const updatePromotionsWorkflow = createWorkflow(
  "update-promotions",
  (input: { promotions: UpdatePromotionInput[]; additional_data?: AdditionalData }) => {
    validateCurrenciesStep(
      transform({ input }, ({ input: i }) => ({
        codes: i.promotions.flatMap((p) =>
          p.application_method?.currency_code ? [p.application_method.currency_code] : [],
        ),
        field: ["applicationMethod", "currencyCode"],
      })),
    );
    const promotions = updatePromotionsStep(input.promotions);
    const updated = createHook("promotionsUpdated", { promotions, additional_data: input.additional_data });
    emitEventStep(
      transform({ input }, ({ input: i }) =>
        i.promotions.map((p): EventMessage => ({ name: PromotionEvents.PROMOTION_UPDATED, data: { id: p.id } })),
      ),
    );
    return new WorkflowResponse(promotions, { hooks: [updated] });
  },
);
