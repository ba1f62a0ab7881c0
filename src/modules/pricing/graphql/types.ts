import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { MoneyRef } from "../../../framework/graphql/money.ts";
import { decimalToString } from "../../../framework/money/index.ts";
import { liveNode } from "../../../framework/graphql/live-node.ts";

const live = { deleted_at: null } as const;

export const PriceListType = builder.enumType("PriceListType", {
  description: "SALE applies when cheaper than the default price; OVERRIDE replaces it.",
  values: { SALE: { value: "sale" }, OVERRIDE: { value: "override" } } as const,
});
export const PriceListStatus = builder.enumType("PriceListStatus", {
  values: { ACTIVE: { value: "active" }, DRAFT: { value: "draft" } } as const,
});

export const PriceRuleRef = builder.prismaObject("PriceRule", {
  authScopes: access.admin,
  fields: (t) => ({ attribute: t.exposeString("attribute"), value: t.exposeString("value") }),
});
export const PriceListRuleRef = builder.prismaObject("PriceListRule", {
  authScopes: access.admin,
  fields: (t) => ({ attribute: t.exposeString("attribute"), values: t.exposeStringList("values") }),
});

export const PriceRef = builder.prismaNode("Price", {
  ...liveNode,
  authScopes: access.admin,
  fields: (t) => ({
    title: t.exposeString("title", { nullable: true }),
    amount: t.string({
      description: 'A decimal string, never a float ("19.99").',
      resolve: (p) => decimalToString(p.amount),
    }),
    currencyCode: t.exposeString("currency_code"),
    money: t.field({
      type: MoneyRef,
      description: "The amount and currency as Money (beside amount and currencyCode).",
      resolve: (p) => ({ amount: decimalToString(p.amount), currency_code: p.currency_code }),
    }),
    minQuantity: t.exposeInt("min_quantity", { nullable: true }),
    maxQuantity: t.exposeInt("max_quantity", { nullable: true }),
    priceSetId: t.exposeID("price_set_id"),
    priceListId: t.exposeID("price_list_id", { nullable: true }),
    rules: t.relation("price_rules", { query: { where: live, orderBy: { attribute: "asc" } } }),
  }),
});

export const PriceSetRef = builder.prismaNode("PriceSet", {
  ...liveNode,
  authScopes: access.admin,
  fields: (t) => ({
    createdAt: t.expose("created_at", { type: "DateTime" }),
    prices: t.relation("prices", {
      description: "The set's default prices and its price-list prices.",
      query: { where: live, orderBy: [{ currency_code: "asc" }, { amount: "asc" }, { id: "asc" }] },
    }),
  }),
});

export const PriceListRef = builder.prismaNode("PriceList", {
  ...liveNode,
  authScopes: access.admin,
  fields: (t) => ({
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    type: t.expose("type", { type: PriceListType }),
    status: t.expose("status", { type: PriceListStatus }),
    startsAt: t.expose("starts_at", { type: "DateTime", nullable: true }),
    endsAt: t.expose("ends_at", { type: "DateTime", nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
    rules: t.relation("rules", { query: { where: live, orderBy: { attribute: "asc" } } }),
    prices: t.relation("prices", { query: { where: live, orderBy: { id: "asc" } } }),
  }),
});

export const PricePreferenceRef = builder.prismaNode("PricePreference", {
  ...liveNode,
  authScopes: access.admin,
  fields: (t) => ({
    attribute: t.exposeString("attribute", { description: "currency_code or region_id." }),
    value: t.exposeString("value"),
    isTaxInclusive: t.exposeBoolean("is_tax_inclusive"),
  }),
});
