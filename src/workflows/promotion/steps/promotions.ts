import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import type { Row } from "../../../framework/modules/service-factory.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { CreatePromotionInput, UpdatePromotionInput } from "../../../modules/promotion/types.ts";
import { columnsOf, each, moduleRowSteps } from "../../common/steps/module-rows.ts";

const { createRowsStep, updateRowsStep, softDeleteRowsStep } = moduleRowSteps("promotion");

export const createPromotionsStepId = "create-promotions";
/** Creates promotions with their application method and rules; compensation deletes them. */
export const createPromotionsStep = createRowsStep(
  createPromotionsStepId,
  (s, input: CreatePromotionInput[]) => s.createPromotionsWithDetails(input),
  (s, ids) => s.deletePromotions(ids),
);

export const updatePromotionsStepId = "update-promotions";
/** Updates promotions and their application methods; compensation writes both back. */
export const updatePromotionsStep = updateRowsStep(updatePromotionsStepId, {
  snapshot: (s, ids) => each(ids, (id) => s.retrievePromotion(id, { relations: ["application_method"] })),
  update: (s, input: UpdatePromotionInput[]) => each(input, (data) => s.updatePromotionWithDetails(data)),
  restore: (s, previous: Row<"Promotion">[]) =>
    each(previous, async (p) => {
      await s.updatePromotions({ id: p.id, ...columnsOf(p, ["application_method"]) });
      if (p.application_method)
        await s.updateApplicationMethods({ id: p.application_method.id, ...columnsOf(p.application_method) });
    }),
});

export const deletePromotionsStepId = "delete-promotions";
/** Soft-deletes promotions with their method and rules; compensation restores them. */
export const deletePromotionsStep = softDeleteRowsStep(deletePromotionsStepId, {
  retrieve: (s, id) => s.retrievePromotion(id),
  softDelete: (s, ids) => s.softDeletePromotions(ids),
  restore: (s, ids) => s.restorePromotions(ids),
});

export type RuleScope = "rules" | "target_rules" | "buy_rules";

export const addPromotionRulesStepId = "add-promotion-rules";
/** Adds rules to a promotion; compensation deletes them. */
export const addPromotionRulesStep = createStep(
  addPromotionRulesStepId,
  async (
    input: { promotion_id: string; scope: RuleScope; rules: CreatePromotionInput["rules"] & object },
    { container },
  ) => {
    const rows = await container.resolve("promotion").addPromotionRules(input.promotion_id, input.scope, input.rules);
    const ids = rows.map((r) => r.id);
    return new StepResponse(ids, ids);
  },
  async (ids, { container }) => {
    if (ids.length) await container.resolve("promotion").deletePromotionRules(ids);
  },
);

export const removePromotionRulesStepId = "remove-promotion-rules";
/** Soft-deletes rules of a promotion (an id not among its rules is NOT_FOUND); compensation restores them. */
export const removePromotionRulesStep = createStep(
  removePromotionRulesStepId,
  async (input: { promotion_id: string; rule_ids: string[] }, { container }) => {
    const service = container.resolve("promotion");
    await service.retrievePromotion(input.promotion_id);
    const found = await service.listPromotionRules({ id: input.rule_ids, promotion_id: input.promotion_id });
    const missing = input.rule_ids.find((id) => !found.some((r) => r.id === id));
    if (missing)
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Rule ${missing} is not a rule of this promotion`, {
        field: ["ruleIds"],
      });
    await service.softDeletePromotionRules(input.rule_ids);
    return new StepResponse(input.rule_ids, input.rule_ids);
  },
  async (ids, { container }) => {
    if (ids.length) await container.resolve("promotion").restorePromotionRules(ids);
  },
);
