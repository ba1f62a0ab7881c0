import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { resolveCountedConnection } from "../../../framework/graphql/connection.ts";
import { connectionNodeQuery } from "../../../framework/graphql/node-query.ts";
import { sortInput } from "../../../framework/graphql/sort.ts";
import { StockLocationRef } from "./types.ts";

const locationSort = sortInput("StockLocation", { NAME: "name", CREATED_AT: "created_at" });

builder.queryFields((t) => ({
  stockLocation: t.prismaField({
    authScopes: access.admin,
    type: StockLocationRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const [location] = await ctx.scope
        .resolve("stockLocation")
        .listStockLocations({ id: args.id }, { take: 1, prismaQuery: query });
      return location ?? null;
    },
  }),
  stockLocations: t.connection(
    {
      authScopes: access.admin,
      type: StockLocationRef,
      description: "Stock locations, searched by name.",
      args: { search: t.arg.string(), sort: t.arg({ type: [locationSort.input] }) },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) =>
          ctx.scope
            .resolve("stockLocation")
            .listAndCountStockLocations(
              { q: args.search ?? undefined },
              { skip, take, order: locationSort.toOrder(args.sort), prismaQuery: connectionNodeQuery(ctx, info) },
            ),
        ),
    },
    { name: "StockLocationConnection" },
    { name: "StockLocationEdge" },
  ),
}));
