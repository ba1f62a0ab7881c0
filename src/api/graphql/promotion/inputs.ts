// The promotion mutations' inputs, declared once in zod (validation and GraphQL types both come
// from here), and their translation to the workflows' snake_case shapes.
import { z } from "zod";
import { zodId, zodJson } from "../../../framework/graphql/zod-input.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import {
  ApplicationMethodAllocation,
  ApplicationMethodTargetType,
  ApplicationMethodType,
  CampaignBudgetType,
  PromotionRuleOperator,
  PromotionRuleScope,
  PromotionStatus,
  PromotionType,
} from "../../../modules/promotion/graphql/types.ts";
import type { ApplicationMethodInput, PromotionRuleInput } from "../../../modules/promotion/types.ts";

const count = (what: string) => z.number().int().min(1, "must be at least 1").nullish().describe(what);

export const ruleSchema = z
  .object({
    attribute: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe(
        "A dotted path in the context: customer.groups.id, region_id, currency_code, sales_channel_id, items.product.id, items.product.type_id, items.product.collection_id, items.product.categories.id, ...",
      ),
    operator: z
      .enum(["in", "eq", "ne", "gt", "gte", "lt", "lte"])
      .meta({ graphql: PromotionRuleOperator })
      .describe("IN/EQ: one context value is among the values; NE: none is; GT…: compared as decimals."),
    values: z
      .array(z.string().max(1000))
      .min(1, "needs at least one value")
      .describe("Compared with the context's values."),
    description: z.string().max(1000).nullish().describe("What the rule is for, for admins."),
  })
  .meta({ graphql: { inputName: "PromotionRuleInput" } });

const methodFields = {
  type: z
    .enum(["fixed", "percentage"])
    .meta({ graphql: ApplicationMethodType })
    .describe("A fixed amount or a percentage."),
  targetType: z
    .enum(["items", "shipping_methods", "order"])
    .meta({ graphql: ApplicationMethodTargetType })
    .describe("What is discounted: line items, shipping methods, or the order (its items)."),
  allocation: z
    .enum(["each", "across"])
    .meta({ graphql: ApplicationMethodAllocation })
    .nullish()
    .describe("Required for items and shipping methods; an order promotion is spread across the items."),
  value: moneyFields.amount.describe('A percentage (0 < value ≤ 100) or a fixed amount, as a decimal string ("10").'),
  currencyCode: moneyFields.currencyCode.nullish().describe("Required for a fixed amount."),
  maxQuantity: count("Units of each line discounted at most (allocation EACH)."),
  applyToQuantity: count("Buy-get: how many target units are discounted."),
  buyRulesMinQuantity: count("Buy-get: how many units matching the buy rules qualify."),
};

export const createMethodSchema = z
  .object({
    ...methodFields,
    targetRules: z.array(ruleSchema).nullish().describe("Conditions each discounted line meets."),
    buyRules: z.array(ruleSchema).nullish().describe("Buy-get: conditions of the qualifying lines."),
  })
  .meta({ graphql: { inputName: "ApplicationMethodInput" } });

export const updateMethodSchema = z
  .object({
    type: methodFields.type.nullish(),
    targetType: methodFields.targetType.nullish(),
    allocation: methodFields.allocation,
    value: methodFields.value.nullish(),
    currencyCode: methodFields.currencyCode,
    maxQuantity: methodFields.maxQuantity,
    applyToQuantity: methodFields.applyToQuantity,
    buyRulesMinQuantity: methodFields.buyRulesMinQuantity,
  })
  .meta({ graphql: { inputName: "UpdateApplicationMethodInput" } });

const promotionFields = {
  isAutomatic: z.boolean().nullish().describe("Applies without a code to every context its rules accept."),
  status: z
    .enum(["draft", "active", "inactive"])
    .meta({ graphql: PromotionStatus })
    .nullish()
    .describe("Default DRAFT; only ACTIVE promotions apply."),
  campaignId: zodId().nullish().describe("The campaign whose dates and budget bound the promotion."),
  metadata: zodJson().nullish().describe("Free-form data kept with the promotion."),
};

export const createPromotionSchema = z.object({
  code: z.string().trim().min(1, "must not be empty").max(200).describe("Unique among live promotions."),
  type: z.enum(["standard", "buyget"]).meta({ graphql: PromotionType }).nullish().describe("Default STANDARD."),
  ...promotionFields,
  applicationMethod: createMethodSchema.describe("What the promotion takes off, and from which lines."),
  rules: z.array(ruleSchema).nullish().describe("Conditions on the cart or order (all must hold)."),
});

export const updatePromotionSchema = z.object({
  id: zodId().describe("The promotion to update."),
  code: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(200)
    .nullish()
    .describe("A new code, unique among live promotions."),
  ...promotionFields,
  applicationMethod: updateMethodSchema.nullish().describe("Given fields change; the method is checked as a whole."),
});

export const addRulesSchema = z.object({
  promotionId: zodId().describe("The promotion the rules are added to."),
  scope: z
    .enum(["rules", "target_rules", "buy_rules"])
    .meta({ graphql: PromotionRuleScope })
    .nullish()
    .describe("Default RULES (conditions on the cart or order)."),
  rules: z.array(ruleSchema).min(1, "needs at least one rule").describe("The rules to add."),
});

export const removeRulesSchema = z.object({
  promotionId: zodId().describe("The promotion the rules belong to."),
  ruleIds: z.array(zodId()).min(1, "needs at least one rule id").describe("Rules of that promotion to remove."),
});

export const createCampaignSchema = z.object({
  name: z.string().trim().min(1, "must not be empty").max(500).describe("The campaign's name."),
  campaignIdentifier: z.string().trim().min(1, "must not be empty").max(200).describe("Unique among live campaigns."),
  description: z.string().max(5000).nullish().describe("What the campaign is about."),
  startsAt: z.date().nullish().describe("Its promotions apply from then on."),
  endsAt: z.date().nullish().describe("Its promotions apply until then; not before startsAt."),
  budget: z
    .object({
      type: z
        .enum(["spend", "usage"])
        .meta({ graphql: CampaignBudgetType })
        .describe("SPEND: the sum of the discounts; USAGE: the number of uses."),
      limit: moneyFields.amount.nullish().describe("Amount (spend) or number of uses (usage); none: unlimited."),
      currencyCode: moneyFields.currencyCode.nullish().describe("Required for a spend budget."),
    })
    .meta({ graphql: { inputName: "CampaignBudgetInput" } })
    .nullish()
    .describe("What the campaign may give; none: unlimited."),
});

export const updateCampaignSchema = z.object({
  id: zodId().describe("The campaign to update."),
  name: z.string().trim().min(1, "must not be empty").max(500).nullish().describe("A new name."),
  campaignIdentifier: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(200)
    .nullish()
    .describe("A new identifier, unique among live campaigns."),
  description: z.string().max(5000).nullish().describe("A new description."),
  startsAt: z.date().nullish().describe("A new start; the end may not come before it."),
  endsAt: z.date().nullish().describe("A new end; not before the start."),
  budget: z
    .object({ limit: moneyFields.amount.nullish().describe("Not below what the budget has already used.") })
    .meta({ graphql: { inputName: "UpdateCampaignBudgetInput" } })
    .nullish()
    .describe("Changes the budget's limit (its type stays)."),
});

type RuleIn = z.output<typeof ruleSchema>;
/** A GraphQL rule as the module takes it. */
export const toRule = (rule: RuleIn): PromotionRuleInput => ({
  attribute: rule.attribute,
  operator: rule.operator,
  values: rule.values,
  description: rule.description ?? null,
});

/** Only the given fields of an application method, in the module's names. */
export function toMethod(
  input:
    | { [K in keyof z.output<typeof createMethodSchema>]?: z.output<typeof createMethodSchema>[K] | null }
    | null
    | undefined,
): Partial<ApplicationMethodInput> {
  if (!input) return {};
  const out: Partial<ApplicationMethodInput> = {};
  if (input.type) out.type = input.type;
  if (input.targetType) out.target_type = input.targetType;
  if (input.allocation) out.allocation = input.allocation;
  if (input.value) out.value = input.value;
  if (input.currencyCode) out.currency_code = input.currencyCode;
  if (input.maxQuantity != null) out.max_quantity = input.maxQuantity;
  if (input.applyToQuantity != null) out.apply_to_quantity = input.applyToQuantity;
  if (input.buyRulesMinQuantity != null) out.buy_rules_min_quantity = input.buyRulesMinQuantity;
  if (input.targetRules) out.target_rules = input.targetRules.map(toRule);
  if (input.buyRules) out.buy_rules = input.buyRules.map(toRule);
  return out;
}
