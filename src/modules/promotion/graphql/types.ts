import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { decimalToString } from "../../../framework/money/index.ts";
import { liveNode, recordFields } from "../../../framework/graphql/live-node.ts";

const enumOf = <const V extends string>(name: string, values: readonly V[], description?: string) =>
  builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((v) => [v.toUpperCase(), { value: v }])) as Record<
      Uppercase<V>,
      { value: V }
    >,
  });

export const PromotionType = enumOf("PromotionType", ["standard", "buyget"]);
export const PromotionStatus = enumOf(
  "PromotionStatus",
  ["draft", "active", "inactive"],
  "Only ACTIVE promotions apply, within their campaign's dates.",
);
export const ApplicationMethodType = enumOf("ApplicationMethodType", ["fixed", "percentage"]);
export const ApplicationMethodTargetType = enumOf("ApplicationMethodTargetType", [
  "items",
  "shipping_methods",
  "order",
]);
export const ApplicationMethodAllocation = enumOf(
  "ApplicationMethodAllocation",
  ["each", "across"],
  "EACH: per line (up to maxQuantity units); ACROSS: one value spread over the lines.",
);
export const PromotionRuleOperator = enumOf("PromotionRuleOperator", ["in", "eq", "ne", "gt", "gte", "lt", "lte"]);
export const PromotionRuleScope = enumOf(
  "PromotionRuleScope",
  ["rules", "target_rules", "buy_rules"],
  "RULES: the cart or order; TARGET_RULES: each discounted line; BUY_RULES: the lines that qualify a buy-get.",
);
export const CampaignBudgetType = enumOf("CampaignBudgetType", ["spend", "usage"]);

const live = { deleted_at: null } as const;
const ruleOrder = [{ attribute: "asc" }, { id: "asc" }] as const;

export const PromotionRuleRef = builder.prismaObject("PromotionRule", {
  authScopes: access.admin,
  fields: (t) => ({
    id: t.exposeID("id"),
    attribute: t.exposeString("attribute", { description: "A dotted path in the context, e.g. customer.groups.id." }),
    operator: t.expose("operator", { type: PromotionRuleOperator }),
    values: t.exposeStringList("values"),
    description: t.exposeString("description", { nullable: true }),
  }),
});

export const ApplicationMethodRef = builder.prismaObject("ApplicationMethod", {
  authScopes: access.admin,
  fields: (t) => ({
    id: t.exposeID("id"),
    type: t.expose("type", { type: ApplicationMethodType }),
    targetType: t.expose("target_type", { type: ApplicationMethodTargetType }),
    allocation: t.expose("allocation", { type: ApplicationMethodAllocation, nullable: true }),
    value: t.string({
      description: 'A percentage, or an amount in currencyCode, as a decimal string ("10").',
      resolve: (m) => decimalToString(m.value),
    }),
    currencyCode: t.exposeString("currency_code", { nullable: true }),
    maxQuantity: t.exposeInt("max_quantity", { nullable: true }),
    applyToQuantity: t.exposeInt("apply_to_quantity", { nullable: true }),
    buyRulesMinQuantity: t.exposeInt("buy_rules_min_quantity", { nullable: true }),
  }),
});

export const CampaignBudgetRef = builder.prismaObject("CampaignBudget", {
  authScopes: access.admin,
  fields: (t) => ({
    id: t.exposeID("id"),
    type: t.expose("type", { type: CampaignBudgetType }),
    limit: t.string({ nullable: true, resolve: (b) => (b.limit === null ? null : decimalToString(b.limit)) }),
    used: t.string({ description: "Spent amount or number of uses so far.", resolve: (b) => decimalToString(b.used) }),
    currencyCode: t.exposeString("currency_code", { nullable: true }),
  }),
});

export const CampaignRef = builder.prismaNode("Campaign", {
  ...liveNode,
  authScopes: access.admin,
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    campaignIdentifier: t.exposeString("campaign_identifier"),
    startsAt: t.expose("starts_at", { type: "DateTime", nullable: true }),
    endsAt: t.expose("ends_at", { type: "DateTime", nullable: true }),
    budget: t.relation("budget", { nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
    updatedAt: t.expose("updated_at", { type: "DateTime" }),
  }),
});

export const PromotionRef = builder.prismaNode("Promotion", {
  ...liveNode,
  authScopes: access.admin,
  fields: (t) => ({
    code: t.exposeString("code"),
    type: t.expose("type", { type: PromotionType }),
    isAutomatic: t.exposeBoolean("is_automatic"),
    status: t.expose("status", { type: PromotionStatus }),
    campaignId: t.exposeID("campaign_id", { nullable: true }),
    campaign: t.relation("campaign", { nullable: true }),
    applicationMethod: t.relation("application_method", { nullable: true }),
    rules: t.relation("rules", {
      description: "Conditions on the cart or order.",
      query: { where: { ...live, scope: "rules" }, orderBy: [...ruleOrder] },
    }),
    targetRules: t.relation("rules", {
      description: "Conditions each discounted line meets.",
      query: { where: { ...live, scope: "target_rules" }, orderBy: [...ruleOrder] },
    }),
    buyRules: t.relation("rules", {
      description: "Conditions of the lines that qualify a buy-get.",
      query: { where: { ...live, scope: "buy_rules" }, orderBy: [...ruleOrder] },
    }),
    ...recordFields(t),
    updatedAt: t.expose("updated_at", { type: "DateTime" }),
  }),
});
