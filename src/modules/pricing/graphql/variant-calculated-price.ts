import DataLoader from "dataloader";
import { builder } from "../../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { linkByEntryPoint } from "../../../framework/links/registry.ts";
import { hasGraphQLType, modelRef } from "../../../framework/links/graphql-refs.ts";
import type { CalculatedPriceSet, PricingContext } from "../types.ts";
import { CalculatedPriceRef } from "./calculated-price.ts";

// ProductVariant.calculatedPrice reaches the variant's price set through the
// product_variant_price_set link, so it exists only when that link (and so the product
// module) is loaded; the pricing module never imports the product module.
const LINK = "product_variant_price_set";

export const PriceContextInput = builder.inputType("PriceContextInput", {
  description: "The context of ProductVariant.calculatedPrice; currencyCode defaults to the region's currency.",
  fields: (t) => ({
    regionId: t.id(),
    currencyCode: t.string(),
    customerGroupId: t.id(),
    quantity: t.int({ description: "Picks the quantity tier; default 1." }),
  }),
});

type ContextArgs = { regionId?: string | null; currencyCode?: string | null; customerGroupId?: string | null; quantity?: number | null };

/** The pricing context of the arguments, the currency taken from the region when not given. */
async function pricingContext(ctx: GraphQLContext, args: ContextArgs): Promise<PricingContext> {
  let currency = args.currencyCode ?? undefined;
  if (args.regionId && !currency) {
    const [region] = await ctx.scope.resolve("region").listRegions({ id: [args.regionId] });
    if (!region) throw new TesseraError(TesseraError.Types.NOT_FOUND, `Region ${args.regionId} was not found`, { field: ["context", "regionId"] });
    currency = region.currency_code;
  }
  if (!currency) throw new TesseraError(TesseraError.Types.INVALID_DATA, "The price context needs a currencyCode or a regionId", { field: ["context", "currencyCode"] });
  return {
    currency_code: currency.toLowerCase(),
    ...(args.regionId ? { region_id: args.regionId } : {}),
    ...(args.customerGroupId ? { customer_group_id: args.customerGroupId } : {}),
    ...(args.quantity != null ? { quantity: args.quantity } : {}),
  };
}

// One loader per request and context: a page's variants are priced with one link read and
// one calculatePrices call, whatever the page size.
const perRequest = new WeakMap<object, Map<string, DataLoader<string, CalculatedPriceSet | null>>>();

function priceLoader(ctx: GraphQLContext, args: ContextArgs): DataLoader<string, CalculatedPriceSet | null> {
  const key = JSON.stringify([args.regionId ?? null, args.currencyCode ?? null, args.customerGroupId ?? null, args.quantity ?? null]);
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  let found = loaders.get(key);
  if (!found) {
    found = new DataLoader<string, CalculatedPriceSet | null>(async (variantIds) => {
      const context = await pricingContext(ctx, args);
      const link = linkByEntryPoint(LINK);
      if (!link) return variantIds.map(() => null);
      const rows = await ctx.scope.resolve("link").list(link, { product_variant_id: [...variantIds] });
      const setByVariant = new Map(rows.map((r) => [String(r.product_variant_id), String(r.price_set_id)]));
      const setIds = [...new Set(setByVariant.values())];
      const prices = setIds.length ? await ctx.scope.resolve("pricing").calculatePrices({ id: setIds }, { context }) : [];
      const bySet = new Map(prices.map((p) => [p.id, p]));
      return variantIds.map((id) => bySet.get(setByVariant.get(id) ?? "") ?? null);
    });
    loaders.set(key, found);
  }
  return found;
}

if (linkByEntryPoint(LINK) && hasGraphQLType("ProductVariant")) {
  builder.objectFields(modelRef("ProductVariant"), (t) => ({
    calculatedPrice: t.field({
      type: CalculatedPriceRef,
      nullable: true,
      description: "The variant's price in a context (through its linked price set); null without a price set or a price in the currency. A page of variants is priced in one batch.",
      args: { context: t.arg({ type: PriceContextInput }) },
      resolve: (variant, args, ctx: GraphQLContext) => priceLoader(ctx, args.context ?? {}).load(variant.id),
    }),
  }));
}
