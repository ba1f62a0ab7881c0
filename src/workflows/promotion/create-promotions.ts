import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { PromotionEvents } from "../../modules/promotion/events.ts";
import type { CreatePromotionInput } from "../../modules/promotion/types.ts";
import type { AdditionalData } from "../common/rows-workflows.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { validateCurrenciesStep } from "../common/steps/validate-currencies.ts";
import { createPromotionsStep } from "./steps/promotions.ts";

/**
 * Creates promotions with their application method and rules: checks the method's currency with
 * the currency module, creates them all or none, emits `promotion.created`. Hook
 * `promotionsCreated` receives `{ promotions, additional_data }`; if it throws, they are removed.
 * @example await createPromotionsWorkflow(container).run({ input: { promotions: [{ code: "TEN", status: "active", application_method: { type: "percentage", target_type: "order", value: "10" } }] } })
 */
export const createPromotionsWorkflow = createWorkflow(
  "create-promotions",
  (input: { promotions: CreatePromotionInput[]; additional_data?: AdditionalData }) => {
    validateCurrenciesStep(
      transform({ input }, ({ input: i }) => ({
        codes: i.promotions.flatMap((p) =>
          p.application_method.currency_code ? [p.application_method.currency_code] : [],
        ),
        field: ["applicationMethod", "currencyCode"],
      })),
    );
    const promotions = createPromotionsStep(input.promotions);
    const created = createHook("promotionsCreated", { promotions, additional_data: input.additional_data });
    emitEventStep(
      transform({ promotions }, ({ promotions: rows }) =>
        rows.map((p): EventMessage => ({ name: PromotionEvents.PROMOTION_CREATED, data: { id: p.id } })),
      ),
    );
    return new WorkflowResponse(promotions, { hooks: [created] });
  },
);
