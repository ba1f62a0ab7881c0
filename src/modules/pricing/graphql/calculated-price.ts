import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { money, MoneyRef } from "../../../framework/graphql/money.ts";
import { inQueryGraphStar } from "../../../framework/query/graph-fields.ts";
import type { CalculatedPriceSet, CalculatedPriceSide } from "../types.ts";
import { PriceListType } from "./types.ts";

export const CalculatedPriceSideRef = builder.objectRef<CalculatedPriceSide>("CalculatedPriceSide").implement({
  authScopes: access.store,
  description: "The price row behind a calculated or original amount.",
  fields: (t) => ({
    id: t.id({ nullable: true, resolve: (s) => s.id }),
    priceListId: t.id({ nullable: true, resolve: (s) => s.price_list_id }),
    priceListType: t.field({ type: PriceListType, nullable: true, resolve: (s) => s.price_list_type }),
    minQuantity: t.int({ nullable: true, resolve: (s) => s.min_quantity }),
    maxQuantity: t.int({ nullable: true, resolve: (s) => s.max_quantity }),
  }),
});

export const CalculatedPriceRef = builder.objectRef<CalculatedPriceSet>("CalculatedPrice").implement({
  authScopes: access.store,
  description: "A price set's price in a pricing context; amounts are decimal strings.",
  fields: (t) => ({
    id: t.id({ description: "The price set id.", resolve: (p) => p.id }),
    calculatedAmount: t.string({ nullable: true, resolve: (p) => p.calculated_amount }),
    originalAmount: t.string({ nullable: true, resolve: (p) => p.original_amount }),
    currencyCode: t.string({ nullable: true, resolve: (p) => p.currency_code }),
    calculated: t.field({
      type: MoneyRef,
      nullable: true,
      description: "The calculated amount as Money (beside calculatedAmount, which stays a bare string).",
      resolve: (p) => money(p.calculated_amount, p.currency_code),
    }),
    original: t.field({
      type: MoneyRef,
      nullable: true,
      description: "The original amount as Money (beside originalAmount).",
      resolve: (p) => money(p.original_amount, p.currency_code),
    }),
    isCalculatedPricePriceList: t.boolean({ resolve: (p) => p.is_calculated_price_price_list }),
    isCalculatedPriceTaxInclusive: t.boolean({ resolve: (p) => p.is_calculated_price_tax_inclusive }),
    isOriginalPricePriceList: t.boolean({ resolve: (p) => p.is_original_price_price_list }),
    isOriginalPriceTaxInclusive: t.boolean({ resolve: (p) => p.is_original_price_tax_inclusive }),
    // Part of the price, so query.graph's `calculated_price.*` includes them, as Medusa's does.
    calculatedPrice: t.field({
      type: CalculatedPriceSideRef,
      extensions: inQueryGraphStar,
      resolve: (p) => p.calculated_price,
    }),
    originalPrice: t.field({
      type: CalculatedPriceSideRef,
      extensions: inQueryGraphStar,
      resolve: (p) => p.original_price,
    }),
  }),
});

export const PricingContextInput = builder.inputType("PricingContextInput", {
  description: "What prices are calculated for; rules match regionId and customerGroupIds.",
  fields: (t) => ({
    currencyCode: t.string({
      required: true,
      description: "ISO 4217 code (eur, any case): only prices in this currency are candidates.",
    }),
    regionId: t.id({ description: "The region (reg_…): prices with a region rule match only this region." }),
    customerGroupIds: t.idList({ description: "Admin callers only (others: FORBIDDEN)." }),
    quantity: t.int({ description: "Picks the quantity tier; default 1." }),
  }),
});
