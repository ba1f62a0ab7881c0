import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { liveNode } from "../../../framework/graphql/live-node.ts";

export const StoreCurrencyRef = builder.prismaObject("StoreCurrency", {
  authScopes: access.store,
  fields: (t) => ({
    currencyCode: t.exposeString("currency_code"),
    isDefault: t.exposeBoolean("is_default"),
  }),
});

// A storefront renders the shop from the store (name, currencies, default region and channel);
// what only the merchant needs stays admin.
export const StoreRef = builder.prismaNode("Store", {
  ...liveNode,
  authScopes: access.store,
  fields: (t) => ({
    name: t.exposeString("name"),
    defaultCurrencyCode: t.exposeString("default_currency_code", { nullable: true }),
    defaultRegionId: t.exposeString("default_region_id", {
      nullable: true,
      description: "The default region's id.",
      deprecationReason: "Read defaultRegion { id } instead.",
    }),
    defaultSalesChannelId: t.exposeString("default_sales_channel_id", { nullable: true }),
    defaultLocationId: t.exposeString("default_location_id", { nullable: true, authScopes: access.admin }),
    metadata: t.expose("metadata", { type: "JSON", nullable: true, authScopes: access.admin }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
    supportedCurrencies: t.relation("supported_currencies", {
      query: { where: { deleted_at: null }, orderBy: { currency_code: "asc" } },
    }),
  }),
});
