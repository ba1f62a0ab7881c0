import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
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

const { payload: PromotionPayload, retrieve } = recordMutations("Promotion", {
  ref: PromotionRef,
  access: access.admin,
  batch: "promotions",
  hooks: true,
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.PROMOTION).retrievePromotion(id, { relations: promotionRelations }),
  create: {
    description:
      "Creates a promotion with its application method and rules. An unknown currency, a percentage above 100, a fixed amount without currency or a code in use is a userError, and nothing is written.",
    schema: createPromotionSchema,
    workflow: createPromotionsWorkflow,
    row: (input) => ({
      code: input.code,
      type: input.type ?? "standard",
      is_automatic: input.isAutomatic ?? false,
      status: input.status ?? "draft",
      campaign_id: input.campaignId ?? null,
      metadata: input.metadata ?? null,
      application_method: toMethod(input.applicationMethod) as ApplicationMethodInput,
      rules: (input.rules ?? []).map(toRule),
    }),
  },
  update: {
    description: "Updates a promotion and its application method (rules: addPromotionRules / removePromotionRules).",
    schema: updatePromotionSchema,
    workflow: updatePromotionsWorkflow,
    convert: { applicationMethod: toMethod },
  },
  delete: {
    description: "Soft-deletes a promotion with its method and rules; its code becomes free.",
    workflow: deletePromotionsWorkflow,
  },
});
/** The promotion as the payload shows it, read again after the rules changed. */
const reread = async (ctx: GraphQLContext, id: string) => ({ promotion: await retrieve(ctx, id) });

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
  result: (_output, input, ctx) => reread(ctx, input.promotionId),
});

workflowMutation("removePromotionRules", {
  access: access.admin,
  description:
    "Removes rules of a promotion; an id that is not one of its rules is a userError and nothing is removed.",
  input: { name: "RemovePromotionRulesInput", schema: removeRulesSchema },
  workflow: removePromotionRulesWorkflow,
  workflowInput: (input) => ({ promotion_id: input.promotionId, rule_ids: input.ruleIds }),
  payload: PromotionPayload,
  result: (_output, input, ctx) => reread(ctx, input.promotionId),
});
