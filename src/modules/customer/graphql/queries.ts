import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { resolveCountedConnection } from "../../../framework/graphql/connection.ts";
import { connectionNodeQuery } from "../../../framework/graphql/node-query.ts";
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
  customers: t.connection(
    {
      authScopes: access.admin,
      type: CustomerRef,
      args: { search: t.arg.string(), hasAccount: t.arg.boolean() },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) =>
          ctx.scope
            .resolve("customer")
            .listAndCountCustomers(
              { q: args.search ?? undefined, ...(args.hasAccount == null ? {} : { has_account: args.hasAccount }) },
              { skip, take, order: { created_at: "ASC" }, prismaQuery: connectionNodeQuery(ctx, info) },
            ),
        ),
    },
    { name: "CustomerConnection" },
    { name: "CustomerEdge" },
  ),
  customerGroups: t.connection(
    {
      authScopes: access.admin,
      type: CustomerGroupRef,
      args: { search: t.arg.string() },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) =>
          ctx.scope
            .resolve("customer")
            .listAndCountCustomerGroups(
              { q: args.search ?? undefined },
              { skip, take, order: { name: "ASC" }, prismaQuery: connectionNodeQuery(ctx, info) },
            ),
        ),
    },
    { name: "CustomerGroupConnection" },
    { name: "CustomerGroupEdge" },
  ),
}));
