import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { resolveCountedConnection } from "../../../framework/graphql/connection.ts";
import { connectionNodeQuery } from "../../../framework/graphql/node-query.ts";
import { sortInput } from "../../../framework/graphql/sort.ts";
import { StoreRef } from "./types.ts";

const storeSort = sortInput("Store", { NAME: "name", CREATED_AT: "created_at" });

builder.queryFields((t) => ({
  store: t.prismaField({
    authScopes: access.store,
    type: StoreRef,
    nullable: true,
    description:
      "A store by id, or the first store when no id is given. Storefronts (a publishable key) read its public part: name, currencies, default region, countries and default sales channel.",
    args: { id: t.arg.id() },
    resolve: async (query, _root, args, ctx) => {
      const [store] = await ctx.scope
        .resolve("store")
        .listStores(args.id ? { id: args.id } : {}, { take: 1, prismaQuery: query, order: { created_at: "ASC" } });
      return store ?? null;
    },
  }),
  stores: t.connection(
    {
      authScopes: access.admin,
      type: StoreRef,
      args: { search: t.arg.string(), sort: t.arg({ type: [storeSort.input] }) },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) =>
          ctx.scope
            .resolve("store")
            .listAndCountStores(
              { q: args.search ?? undefined },
              { skip, take, order: storeSort.toOrder(args.sort), prismaQuery: connectionNodeQuery(ctx, info) },
            ),
        ),
    },
    { name: "StoreConnection" },
    { name: "StoreEdge" },
  ),
}));
