import { access, authScopesFor } from "../../../framework/graphql/auth-scopes.ts";
import { PriceList, PricePreference, PriceSet } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { z } from "zod";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { enumFilter } from "../../../framework/graphql/filters.ts";
import { listInputs } from "../../../framework/graphql/list-inputs.ts";
import { parseInput } from "../../../framework/graphql/inputs.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import { CalculatedPriceRef, PricingContextInput } from "./calculated-price.ts";
import { PriceListRef, PriceListStatus, PriceListType, PricePreferenceRef, PriceSetRef } from "./types.ts";
import { rootRecord } from "../../../framework/graphql/root-record.ts";

const priceListList = listInputs(PriceList, {
  filter: {
    columns: {
      id: true,
      title: true,
      status: { type: enumFilter("PriceListStatusFilter", PriceListStatus, ["eq", "in"]) },
      type: { type: enumFilter("PriceListTypeFilter", PriceListType, ["eq", "in"]) },
    },
  },
  sort: ["title", "starts_at", "ends_at", "created_at"],
});

const contextSchema = z.object({
  currencyCode: moneyFields.currencyCode,
  regionId: z.string().min(1).nullish(),
  customerGroupIds: z.array(z.string().min(1)).nullish(),
  quantity: z.number().int().min(1, "must be at least 1").nullish(),
});

builder.queryFields((t) => ({
  priceSet: rootRecord(t, {
    type: PriceSetRef,
    model: PriceSet,
    module: "pricing",
    authScopes: access.admin,
    description: "A price set by id with its prices (admins only); null when unknown.",
    idDescription: "The price set's id (pset_…).",
  }),
  priceSets: rootList(t, {
    type: PriceSetRef,
    list: listInputs(PriceSet, { sort: ["created_at"] }),
    module: "pricing",
    authScopes: access.admin,
    description: "Price sets (admins only), each with its prices; variants and shipping options link to them.",
    args: { ids: t.arg.idList({ description: "Only these price sets (pset_…); unknown ids are left out." }) },
    filters: (args) => (args.ids ? { id: args.ids } : {}),
  }),
  priceList: rootRecord(t, {
    type: PriceListRef,
    model: PriceList,
    module: "pricing",
    authScopes: access.admin,
    description: "A price list by id with its prices and rules (admins only); null when unknown.",
    idDescription: "The price list's id (plist_…).",
  }),
  priceLists: rootList(t, {
    type: PriceListRef,
    list: priceListList,
    module: "pricing",
    authScopes: access.admin,
    description: "Price lists, filtered, searched (title, description) and sorted.",
  }),
  pricePreferences: rootList(t, {
    type: PricePreferenceRef,
    list: listInputs(PricePreference, {}),
    module: "pricing",
    authScopes: access.admin,
  }),
  calculatedPrices: t.field({
    authScopes: access.store,
    type: [CalculatedPriceRef],
    description:
      "The prices of price sets in a context (two SQL statements for any number of sets); sets without a matching price are left out.",
    args: {
      priceSetIds: t.arg.idList({ required: true, description: "The price sets to price (pset_…)." }),
      context: t.arg({
        type: PricingContextInput,
        required: true,
        description: "Currency, region, customer groups and quantity the prices are calculated for.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const context = parseInput(contextSchema, args.context);
      // A storefront naming a group would read that group's (VIP) prices: admin callers only.
      if (context.customerGroupIds?.length && !authScopesFor(ctx).admin) {
        throw new TesseraError(TesseraError.Types.FORBIDDEN, "Only admin callers price for named customer groups", {
          field: ["context", "customerGroupIds"],
        });
      }
      return ctx.scope.resolve("pricing").calculatePrices(
        { id: args.priceSetIds },
        {
          context: {
            currency_code: context.currencyCode,
            ...(context.regionId ? { region_id: context.regionId } : {}),
            ...(context.customerGroupIds?.length ? { customer_group_id: context.customerGroupIds } : {}),
            ...(context.quantity ? { quantity: context.quantity } : {}),
          },
        },
      );
    },
  }),
}));
