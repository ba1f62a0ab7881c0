import type { TesseraContainer } from "../../../framework/container/container.ts";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { columnsOf } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { Modules } from "../../../modules/index.ts";
import { PromotionRef } from "../../../modules/promotion/graphql/types.ts";
import { promotionRelations } from "../../../modules/promotion/service.ts";
import type { ApplicationMethodInput } from "../../../modules/promotion/types.ts";
import {
  addPromotionRulesWorkflow,
  createPromotionsWorkflow,
  deletePromotionsWorkflow,
  removePromotionRulesWorkflow,
  updatePromotionsWorkflow,
} from "../../../workflows/promotion/index.ts";
import {
  addRulesSchema,
  createPromotionSchema,
  removeRulesSchema,
  toMethod,
  toRule,
  updatePromotionSchema,
} from "./inputs.ts";

const PromotionPayload = payloadType("PromotionPayload", "promotion", PromotionRef);
/** The promotion as the payload shows it, read again after the workflow. */
const reread = async (id: string, scope: TesseraContainer) => ({
  promotion: await scope.resolve(Modules.PROMOTION).retrievePromotion(id, { relations: promotionRelations }),
});

workflowMutation("createPromotion", {
  access: access.admin,
  description:
    "Creates a promotion with its application method and rules. An unknown currency, a percentage above 100, a fixed amount without currency or a code in use is a userError, and nothing is written.",
  input: { name: "CreatePromotionInput", schema: createPromotionSchema },
  hooks: true,
  workflow: createPromotionsWorkflow,
  workflowInput: (input) => ({
    promotions: [
      {
        code: input.code,
        type: input.type ?? "standard",
        is_automatic: input.isAutomatic ?? false,
        status: input.status ?? "draft",
        campaign_id: input.campaignId ?? null,
        metadata: input.metadata ?? null,
        application_method: toMethod(input.applicationMethod) as ApplicationMethodInput,
        rules: (input.rules ?? []).map(toRule),
      },
    ],
  }),
  payload: PromotionPayload,
  result: ([created], _input, ctx) => reread(created?.id ?? "", ctx.scope),
});

workflowMutation("updatePromotion", {
  access: access.admin,
  description: "Updates a promotion and its application method (rules: addPromotionRules / removePromotionRules).",
  input: { name: "UpdatePromotionInput", schema: updatePromotionSchema },
  hooks: true,
  workflow: updatePromotionsWorkflow,
  workflowInput: (input) => ({
    promotions: [
      {
        ...columnsOf(input, ["applicationMethod"]),
        ...(input.applicationMethod ? { application_method: toMethod(input.applicationMethod) } : {}),
      },
    ],
  }),
  payload: PromotionPayload,
  result: (_output, input, ctx) => reread(input.id, ctx.scope),
});

deleteMutation("deletePromotion", {
  access: access.admin,
  description: "Soft-deletes a promotion with its method and rules; its code becomes free.",
  workflow: deletePromotionsWorkflow,
});

workflowMutation("addPromotionRules", {
  access: access.admin,
  description:
    "Adds rules to a promotion: conditions on the cart (RULES), on discounted lines (TARGET_RULES) or on buy-get qualifying lines (BUY_RULES).",
  input: { name: "AddPromotionRulesInput", schema: addRulesSchema },
  workflow: addPromotionRulesWorkflow,
  workflowInput: (input) => ({
    promotion_id: input.promotionId,
    scope: input.scope ?? "rules",
    rules: input.rules.map(toRule),
  }),
  payload: PromotionPayload,
  result: (_output, input, ctx) => reread(input.promotionId, ctx.scope),
});

workflowMutation("removePromotionRules", {
  access: access.admin,
  description:
    "Removes rules of a promotion; an id that is not one of its rules is a userError and nothing is removed.",
  input: { name: "RemovePromotionRulesInput", schema: removeRulesSchema },
  workflow: removePromotionRulesWorkflow,
  workflowInput: (input) => ({ promotion_id: input.promotionId, rule_ids: input.ruleIds }),
  payload: PromotionPayload,
  result: (_output, input, ctx) => reread(input.promotionId, ctx.scope),
});
