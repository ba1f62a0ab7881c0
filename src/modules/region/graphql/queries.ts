import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import {
  IDFilter,
  StringFilter,
  toServiceFilters,
  combinators,
  columnFilters,
  type FilterOps,
} from "../../../framework/graphql/filters.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { sortInput } from "../../../framework/graphql/sort.ts";
import type { Filters } from "../../../framework/modules/filters.ts";
import { Region } from "../models.ts";
import { RegionRef } from "./types.ts";

interface RegionFilterShape {
  id?: FilterOps;
  name?: FilterOps;
  currencyCode?: FilterOps;
  country?: string | null;
  and?: RegionFilterShape[] | null;
  or?: RegionFilterShape[] | null;
  not?: RegionFilterShape | null;
}

const RegionFilter = builder.inputRef<RegionFilterShape>("RegionFilter").implement({
  fields: (t) => ({
    ...columnFilters(
      t,
      "regions",
      { id: IDFilter, name: StringFilter, currencyCode: StringFilter },
      { currencyCode: "Matches regions by currency: a lowercase ISO 4217 code (eur), compared as the operators say." },
    ),
    country: t.string({ description: "Regions that serve this ISO 3166-1 alpha-2 country." }),
    ...combinators(t, RegionFilter),
  }),
});
const regionFilters = (input: RegionFilterShape | null | undefined): Filters => {
  const base = toServiceFilters(input, { columns: { id: "id", name: "name", currencyCode: "currency_code" } });
  return input?.country ? { ...base, countries: { iso_2: input.country.toLowerCase() } } : base;
};
const regionSort = sortInput("Region", { NAME: "name", CURRENCY_CODE: "currency_code", CREATED_AT: "created_at" });

builder.queryFields((t) => ({
  region: t.prismaField({
    authScopes: access.store,
    type: RegionRef,
    nullable: true,
    description: "A region by id, for storefronts and admins; null when no region has that id.",
    args: { id: t.arg.id({ required: true, description: "The region's id (reg_…)." }) },
    resolve: async (query, _root, args, ctx) => {
      const [region] = await ctx.scope.resolve("region").listRegions({ id: args.id }, { take: 1, prismaQuery: query });
      return region ?? null;
    },
  }),
  regions: rootList(t, {
    type: RegionRef,
    model: Region,
    module: "region",
    authScopes: access.store,
    description: "Regions, filtered, searched (name, currency) and sorted.",
    args: {
      filter: t.arg({ type: RegionFilter }),
      search: t.arg.string(),
      sort: t.arg({ type: [regionSort.input] }),
    },
    filters: (args) => ({ ...regionFilters(args.filter), q: args.search ?? undefined }),
    order: (args) => regionSort.toOrder(args.sort),
  }),
}));
