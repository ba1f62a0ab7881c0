import { builder } from "../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { modelRef } from "../../framework/links/graphql-refs.ts";

// What a storefront needs of the store to render a shop beside its default region
// (store-default-region.ts): the countries it ships to, which compose store and region.
builder.objectFields(modelRef("Store"), (t) => ({
  countries: t.field({
    type: ["CountryCode"],
    description: "Every country a region of the store holds (what @inContext(country:) accepts), sorted.",
    resolve: async (_store, _a, ctx: GraphQLContext) => {
      const regions = await ctx.scope.resolve("region").listRegions({}, { relations: ["countries"] });
      return [...new Set(regions.flatMap((r) => (r.countries ?? []).map((c) => c.iso_2)))].sort();
    },
  }),
}));
