import type { EventMessage } from "../../framework/events/types.ts";
import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { PromotionEvents } from "../../modules/promotion/events.ts";
import type { PromotionRuleInput } from "../../modules/promotion/types.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { addPromotionRulesStep, removePromotionRulesStep, type RuleScope } from "./steps/promotions.ts";

/** Adds rules to a promotion (its conditions, target rules or buy rules) and emits `promotion.updated`. */
export const addPromotionRulesWorkflow = createWorkflow(
  "add-promotion-rules",
  (input: { promotion_id: string; scope: RuleScope; rules: PromotionRuleInput[] }) => {
    const ids = addPromotionRulesStep(input);
    emitEventStep(
      transform({ input }, ({ input: i }): EventMessage[] => [
        { name: PromotionEvents.PROMOTION_UPDATED, data: { id: i.promotion_id } },
      ]),
    );
    return new WorkflowResponse(ids);
  },
);

/** Removes rules of a promotion and emits `promotion.updated`; an id that is not one of its rules removes nothing. */
export const removePromotionRulesWorkflow = createWorkflow(
  "remove-promotion-rules",
  (input: { promotion_id: string; rule_ids: string[] }) => {
    const ids = removePromotionRulesStep(input);
    emitEventStep(
      transform({ input }, ({ input: i }): EventMessage[] => [
        { name: PromotionEvents.PROMOTION_UPDATED, data: { id: i.promotion_id } },
      ]),
    );
    return new WorkflowResponse(ids);
  },
);
