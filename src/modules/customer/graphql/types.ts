import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { registerReadScope } from "../../../framework/links/read-scope.ts";
import { liveNode, recordFields } from "../../../framework/graphql/live-node.ts";

const live = { deleted_at: null } as const;

export const CustomerRef = builder.prismaNode("Customer", {
  ...liveNode,
  // Admins see every customer; a customer sees only themself (and, in registerCustomer's payload, the new customer).
  authScopes: (customer, ctx) =>
    (ctx.auth.actorType === "customer" && customer.id === ctx.auth.actorId) || {
      ...access.admin,
      $granted: "newCustomer",
    },
  fields: (t) => ({
    email: t.exposeString("email"),
    firstName: t.exposeString("first_name", { nullable: true }),
    lastName: t.exposeString("last_name", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    companyName: t.exposeString("company_name", { nullable: true }),
    hasAccount: t.exposeBoolean("has_account"),
    ...recordFields(t),
    addresses: t.relation("addresses", { query: { where: live, orderBy: { created_at: "asc" } } }),
    groups: t.relation("groups", {
      description: "The groups the customer is in (a customer reads their own).",
      query: { where: live, orderBy: { name: "asc" } },
    }),
  }),
});

export const CustomerAddressRef = builder.prismaNode("CustomerAddress", {
  ...liveNode,
  authScopes: (address, ctx) =>
    (ctx.auth.actorType === "customer" && address.customer_id === ctx.auth.actorId) || access.admin,
  fields: (t) => ({
    addressName: t.exposeString("address_name", { nullable: true }),
    firstName: t.exposeString("first_name", { nullable: true }),
    lastName: t.exposeString("last_name", { nullable: true }),
    company: t.exposeString("company", { nullable: true }),
    address1: t.exposeString("address_1", { nullable: true }),
    address2: t.exposeString("address_2", { nullable: true }),
    city: t.exposeString("city", { nullable: true }),
    countryCode: t.exposeString("country_code", { nullable: true }),
    province: t.exposeString("province", { nullable: true }),
    postalCode: t.exposeString("postal_code", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    isDefaultShipping: t.exposeBoolean("is_default_shipping"),
    isDefaultBilling: t.exposeBoolean("is_default_billing"),
  }),
});

// A customer reads the groups they are in (through currentCustomer or node(id:)); admins read all.
registerReadScope("CustomerGroup", (ctx) => ({
  customers: { id: ctx.auth.actorType === "customer" && ctx.auth.actorId ? [ctx.auth.actorId] : [] },
}));

export const CustomerGroupRef = builder.prismaNode("CustomerGroup", {
  ...liveNode,
  authScopes: { ...access.admin, ...access.customer },
  fields: (t) => ({
    name: t.exposeString("name"),
    createdAt: t.expose("created_at", { type: "DateTime" }),
    // The other members are admin data; nullable, so a denial leaves the rest of the answer.
    customers: t.relation("customers", {
      authScopes: access.admin,
      nullable: true,
      query: { where: live, orderBy: { created_at: "asc" } },
    }),
  }),
});
