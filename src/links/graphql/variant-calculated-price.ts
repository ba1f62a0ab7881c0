import { builder } from "../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { requestLoader } from "../../framework/graphql/request-cache.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";
import { modelRef } from "../../framework/links/graphql-refs.ts";
import { linkedPriceSets } from "../reads/linked-price-sets.ts";
import { CalculatedPriceRef } from "../../modules/pricing/graphql/calculated-price.ts";
import type { CalculatedPriceSet } from "../../modules/pricing/types.ts";
import { PriceContextInput, resolvePriceContext, type PriceContextArgs, type TaxAddress } from "./price-context.ts";
import { fieldPriceArgs, orReportedOnce } from "./request-price-context.ts";

// ProductVariant.calculatedPrice composes product, pricing, region and customer across the
// product_variant_price_set link; src/links/graphql/index.ts adds it only when the link is loaded.
const LINK = "product_variant_price_set";

/** A variant's calculated price: the price set's, plus what its tax fields need. */
export interface VariantPrice extends CalculatedPriceSet {
  variant_id: string;
  product_id: string;
  /** Where to tax; null when the context names no single country. */
  tax_address: TaxAddress | null;
  /** Why tax_address is null (a region of several countries and none named). */
  tax_absent_reason?: string;
}

export const isVariantPrice = (price: CalculatedPriceSet): price is VariantPrice => "variant_id" in price;

// One loader per request and context: a page's variants are priced with one context lookup
// (cached per process) and one statement (link rows and price candidates), whatever the page size.
function priceLoader(ctx: GraphQLContext, args: PriceContextArgs) {
  const key = JSON.stringify(
    [args.regionId, args.currencyCode, args.customerGroupId, args.quantity, args.countryCode, args.provinceCode].map(
      (v) => v ?? null,
    ),
  );
  return requestLoader<VariantPrice | null, { id: string; product_id: string }>(
    ctx,
    `variant.calculatedPrice:${key}`,
    async (variants) => {
      const { pricing: context, tax, taxAbsentReason } = await resolvePriceContext(ctx, args);
      const link = linkByEntryPoint(LINK);
      if (!link) return variants.map(() => null);
      // The link rows and the price candidates in one statement.
      const byVariant = await ctx.scope.resolve("pricing").calculatePricesOf(
        linkedPriceSets(
          link,
          variants.map((v) => v.id),
        ),
        { context },
      );
      return variants.map((v) => {
        const price = byVariant.get(v.id);
        return price
          ? {
              ...price,
              variant_id: v.id,
              product_id: v.product_id,
              tax_address: tax,
              ...(taxAbsentReason ? { tax_absent_reason: taxAbsentReason } : {}),
            }
          : null;
      });
    },
    { cacheKeyFn: (v) => v.id },
  );
}

builder.objectFields(modelRef("ProductVariant"), (t) => ({
  calculatedPrice: t.field({
    type: CalculatedPriceRef,
    nullable: true,
    description:
      "The variant's price in a context (through its linked price set), with taxes for the context's country; null without a price set or a price in the currency. Without `context`: query.graph's QueryContext for this field, else the operation's @inContext (else the store's default region). A page of variants is priced in one batch.",
    args: {
      context: t.arg({
        type: PriceContextInput,
        description: "This field's own context; overrides @inContext for this field only.",
      }),
    },
    resolve: (variant, args, ctx: GraphQLContext, info) =>
      orReportedOnce(async () =>
        priceLoader(ctx, await fieldPriceArgs(args.context, ctx, info)).load({
          id: variant.id,
          product_id: String(variant.product_id),
        }),
      ),
  }),
}));
