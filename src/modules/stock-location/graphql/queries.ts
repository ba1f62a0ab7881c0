import { access } from "../../../framework/graphql/auth-scopes.ts";
import { StockLocation } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { listInputs } from "../../../framework/graphql/list-inputs.ts";
import { StockLocationRef } from "./types.ts";

const locationList = listInputs(StockLocation, { sort: ["name", "created_at"] });

builder.queryFields((t) => ({
  stockLocation: t.prismaField({
    authScopes: access.admin,
    type: StockLocationRef,
    nullable: true,
    description: "A stock location by id (admins only); null when unknown.",
    args: { id: t.arg.id({ required: true, description: "The stock location's id (sloc_…)." }) },
    resolve: async (query, _root, args, ctx) => {
      const [location] = await ctx.scope
        .resolve("stockLocation")
        .listStockLocations({ id: args.id }, { take: 1, prismaQuery: query });
      return location ?? null;
    },
  }),
  stockLocations: rootList(t, {
    type: StockLocationRef,
    list: locationList,
    module: "stockLocation",
    authScopes: access.admin,
    description: "Stock locations, searched by name.",
  }),
}));
