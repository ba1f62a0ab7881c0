import { access } from "../../../framework/graphql/auth-scopes.ts";
import { Customer, CustomerGroup } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { listInputs } from "../../../framework/graphql/list-inputs.ts";
import { CustomerGroupRef, CustomerRef } from "./types.ts";

builder.queryFields((t) => ({
  currentCustomer: t.prismaField({
    authScopes: access.customer,
    type: CustomerRef,
    description: "The logged-in customer.",
    resolve: async (query, _root, _args, ctx) => {
      const [customer] = await ctx.scope
        .resolve("customer")
        .listCustomers({ id: ctx.auth.actorId ?? "" }, { take: 1, prismaQuery: query });
      if (!customer) throw new Error("The logged-in customer no longer exists");
      return customer;
    },
  }),
  customers: rootList(t, {
    type: CustomerRef,
    model: Customer,
    module: "customer",
    authScopes: access.admin,
    description: "Customers (admins only), oldest first, with or without an account.",
    args: {
      search: t.arg.string(),
      hasAccount: t.arg.boolean({
        description:
          "true: customers who registered (can log in); false: guests known from orders only; omitted: both.",
      }),
    },
    filters: (args) => ({
      q: args.search ?? undefined,
      ...(args.hasAccount == null ? {} : { has_account: args.hasAccount }),
    }),
    order: () => ({ created_at: "ASC" }),
  }),
  customerGroups: rootList(t, {
    type: CustomerGroupRef,
    list: listInputs(CustomerGroup, { defaultOrder: { name: "ASC" } }),
    module: "customer",
    authScopes: access.admin,
    description: "Customer groups (admins only) by name; price lists and promotions target groups.",
  }),
}));
