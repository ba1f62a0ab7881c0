import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { filterInput } from "../../../framework/graphql/filter-input.ts";
import { listInputs } from "../../../framework/graphql/list-inputs.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { Region } from "../models.ts";
import { RegionRef } from "./types.ts";
import { rootRecord } from "../../../framework/graphql/root-record.ts";

const regionFilter = filterInput(Region, {
  columns: {
    id: true,
    name: true,
    currency_code: "Matches regions by currency: a lowercase ISO 4217 code (eur), compared as the operators say.",
  },
  relations: { country: { type: "String", description: "Regions that serve this ISO 3166-1 alpha-2 country." } },
});
const regionList = listInputs(Region, {
  filter: {
    input: regionFilter.input,
    // Only at the top level, as it always was: a country inside and / or / not is not read.
    translate: (input) => {
      const base = regionFilter.translate(input);
      return typeof input?.country === "string" && input.country
        ? { ...base, countries: { iso_2: input.country.toLowerCase() } }
        : base;
    },
  },
  sort: ["name", "currency_code", "created_at"],
});

builder.queryFields((t) => ({
  region: rootRecord(t, {
    type: RegionRef,
    model: Region,
    module: "region",
    authScopes: access.store,
    description: "A region by id, for storefronts and admins; null when no region has that id.",
    idDescription: "The region's id (reg_…).",
  }),
  regions: rootList(t, {
    type: RegionRef,
    list: regionList,
    module: "region",
    authScopes: access.store,
    description: "Regions, filtered, searched (name, currency) and sorted.",
  }),
}));
