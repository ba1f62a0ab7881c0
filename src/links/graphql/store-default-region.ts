import { builder } from "../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { requestLoader } from "../../framework/graphql/request-cache.ts";
import { modelRef } from "../../framework/links/graphql-refs.ts";

// Store.defaultRegion composes the store and region modules (the store keeps the region's id, as
// Medusa's does), so it lives beside the links; src/links/graphql/index.ts adds it when both load.

type RegionRecord = Record<string, unknown> & { id: string };

/** Live regions by id, one statement for every store of a page. */
const regionLoader = (ctx: GraphQLContext) =>
  requestLoader<RegionRecord | null>(ctx, "store.defaultRegion", async (ids) => {
    const regions = await ctx.scope.resolve("region").listRegions({ id: [...ids] });
    return ids.map((id) => (regions.find((r) => r.id === id) as RegionRecord | undefined) ?? null);
  });

builder.objectFields(modelRef("Store"), (t) => ({
  defaultRegion: t.field({
    type: modelRef("Region"),
    nullable: true,
    description: "The region a storefront prices in before the shopper picks one; null when unset or deleted.",
    resolve: (store, _args, ctx: GraphQLContext) =>
      typeof store.default_region_id === "string" ? regionLoader(ctx).load(store.default_region_id) : null,
  }),
}));
