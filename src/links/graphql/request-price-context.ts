import type { GraphQLResolveInfo } from "graphql";
import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { requestValue } from "../../framework/graphql/request-cache.ts";
import { inContextArgs, type InContextArgs } from "../../framework/graphql/in-context.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { queryContextFor } from "../../framework/query/query-context.ts";
import { priceContextArgs, type PriceContextArgs } from "./price-context.ts";

const invalid = (message: string, arg: keyof InContextArgs) =>
  new TesseraError(TesseraError.Types.INVALID_DATA, message, { field: ["inContext", arg] });

/**
 * `@inContext` as price context arguments. A country picks the region that holds it (with a
 * region too, it must be in that region); a currency must be one the currency module knows; with
 * neither country nor region, the store's default region applies. Nothing giving a region or a
 * currency is INVALID_DATA.
 */
async function fromDirective(ctx: GraphQLContext, given: InContextArgs | undefined): Promise<PriceContextArgs> {
  const { country, currency, region } = given ?? {};
  const regions = ctx.scope.resolve("region");
  let regionId = region;
  if (country) {
    const holding = await regions.listRegions({ countries: { iso_2: country } }, { select: ["id"] });
    if (!holding.length) throw invalid(`No region ships to country ${country.toUpperCase()}`, "country");
    if (region && !holding.some((r) => r.id === region))
      throw invalid(`Country ${country.toUpperCase()} is not in region ${region}`, "country");
    regionId = region ?? holding[0]?.id;
  } else if (region) {
    const [found] = await regions.listRegions({ id: [region] }, { select: ["id"] });
    if (!found) throw invalid(`Region ${region} was not found`, "region");
  } else if (!currency && ctx.scope.hasRegistration("store")) {
    const [store] = await ctx.scope
      .resolve("store")
      .listStores({}, { take: 1, order: { created_at: "ASC" }, select: ["id", "default_region_id"] });
    regionId = store?.default_region_id ?? undefined;
  }
  if (currency && ctx.scope.hasRegistration("currency")) {
    const [known] = await ctx.scope.resolve("currency").listCurrencies({ code: [currency] }, { select: ["code"] });
    if (!known) throw invalid(`Unknown currency ${currency.toUpperCase()}`, "currency");
  }
  if (!regionId && !currency)
    throw new TesseraError(
      TesseraError.Types.INVALID_DATA,
      "Prices need a context: @inContext(country:, currency: or region:) on the operation, a `context` argument, or a store default region",
      { field: ["inContext"] },
    );
  return {
    ...(regionId ? { regionId } : {}),
    ...(currency ? { currencyCode: currency } : {}),
    ...(country ? { countryCode: country } : {}),
  };
}

interface Entry {
  promise: Promise<PriceContextArgs>;
  reported: boolean;
}

/** Thrown instead of the request context's error after the first field reported it. */
export class PriceContextAlreadyReported extends Error {}

/**
 * The request's price context: `@inContext` resolved once per request. An invalid context is one
 * INVALID_DATA error, raised by the first field that needs it; every later field gets
 * PriceContextAlreadyReported and resolves to null (see `orReportedOnce`).
 */
export async function requestPriceArgs(ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<PriceContextArgs> {
  const entry = requestValue<Entry>(ctx, "priceContext.args", () => ({
    promise: fromDirective(ctx, inContextArgs(info)),
    reported: false,
  }));
  try {
    return await entry.promise;
  } catch (error) {
    if (entry.reported) throw new PriceContextAlreadyReported();
    entry.reported = true;
    throw error;
  }
}

/** Runs a price resolver; after the context's error was reported once, the field is null. */
export async function orReportedOnce<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PriceContextAlreadyReported) return null;
    throw error;
  }
}

/**
 * The price context of a field: its own `context` argument, else query.graph's QueryContext at
 * its path, else the request's (`@inContext` or the store's default region).
 */
export async function fieldPriceArgs(
  args: PriceContextArgs | null | undefined,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
): Promise<PriceContextArgs> {
  if (args) return args;
  if (queryContextFor(ctx, info)) return priceContextArgs(null, ctx, info);
  return requestPriceArgs(ctx, info);
}
