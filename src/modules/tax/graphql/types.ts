import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { decimalToString } from "../../../framework/money/index.ts";
import type { ItemTaxLine, ShippingTaxLine } from "../providers/types.ts";
import { liveNode } from "../../../framework/graphql/live-node.ts";

const live = { deleted_at: null } as const;

export const TaxRateRuleRef = builder.prismaObject("TaxRateRule", {
  authScopes: access.admin,
  fields: (t) => ({
    reference: t.exposeString("reference", { description: "product, product_type or shipping_option." }),
    referenceId: t.exposeID("reference_id"),
  }),
});

export const TaxRateRef = builder.prismaNode("TaxRate", {
  ...liveNode,
  authScopes: access.admin,
  fields: (t) => ({
    rate: t.string({
      nullable: true,
      description: 'A percentage as a decimal string ("19" is 19 %).',
      resolve: (r) => (r.rate === null ? null : decimalToString(r.rate)),
    }),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    isDefault: t.exposeBoolean("is_default"),
    isCombinable: t.exposeBoolean("is_combinable"),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    taxRegion: t.relation("tax_region"),
    rules: t.relation("rules", { query: { where: live, orderBy: [{ reference: "asc" }, { reference_id: "asc" }] } }),
  }),
});

export const TaxRegionRef = builder.prismaNode("TaxRegion", {
  ...liveNode,
  authScopes: access.admin,
  fields: (t) => ({
    countryCode: t.exposeString("country_code"),
    provinceCode: t.exposeString("province_code", { nullable: true }),
    providerId: t.exposeString("provider_id", { nullable: true }),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    parent: t.relation("parent", { nullable: true }),
    children: t.relation("children", { query: { where: live, orderBy: { province_code: "asc" } } }),
    taxRates: t.relation("tax_rates", { query: { where: live, orderBy: [{ is_default: "desc" }, { code: "asc" }] } }),
  }),
});

export const TaxLineRef = builder.objectRef<ItemTaxLine | ShippingTaxLine>("TaxLine").implement({
  authScopes: access.store,
  description: "A tax applying to an item or a shipping method.",
  fields: (t) => ({
    itemId: t.id({
      description: "The line item (or shipping method) id given.",
      resolve: (l) => ("line_item_id" in l ? l.line_item_id : l.shipping_line_id),
    }),
    rateId: t.id({ resolve: (l) => l.rate_id }),
    rate: t.string({ nullable: true, resolve: (l) => l.rate }),
    code: t.string({ resolve: (l) => l.code }),
    name: t.string({ resolve: (l) => l.name }),
    providerId: t.string({ resolve: (l) => l.provider_id }),
  }),
});
