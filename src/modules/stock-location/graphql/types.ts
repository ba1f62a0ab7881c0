import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { liveNode, recordFields } from "../../../framework/graphql/live-node.ts";

export const StockLocationAddressRef = builder.prismaObject("StockLocationAddress", {
  authScopes: access.admin,
  fields: (t) => ({
    address1: t.exposeString("address_1"),
    address2: t.exposeString("address_2", { nullable: true }),
    company: t.exposeString("company", { nullable: true }),
    city: t.exposeString("city", { nullable: true }),
    countryCode: t.exposeString("country_code"),
    phone: t.exposeString("phone", { nullable: true }),
    province: t.exposeString("province", { nullable: true }),
    postalCode: t.exposeString("postal_code", { nullable: true }),
  }),
});

export const StockLocationRef = builder.prismaNode("StockLocation", {
  ...liveNode,
  authScopes: access.admin,
  fields: (t) => ({
    name: t.exposeString("name"),
    ...recordFields(t),
    address: t.relation("address", { nullable: true }),
  }),
});
