import { access } from "../../../framework/graphql/auth-scopes.ts";
import { StockLocation } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { listInputs } from "../../../framework/graphql/list-inputs.ts";
import { StockLocationRef } from "./types.ts";
import { rootRecord } from "../../../framework/graphql/root-record.ts";

const locationList = listInputs(StockLocation, { sort: ["name", "created_at"] });

builder.queryFields((t) => ({
  stockLocation: rootRecord(t, {
    type: StockLocationRef,
    model: StockLocation,
    module: "stockLocation",
    authScopes: access.admin,
    description: "A stock location by id (admins only); null when unknown.",
    idDescription: "The stock location's id (sloc_…).",
  }),
  stockLocations: rootList(t, {
    type: StockLocationRef,
    list: locationList,
    module: "stockLocation",
    authScopes: access.admin,
    description: "Stock locations, searched by name.",
  }),
}));
