import type { GraphQLResolveInfo } from "graphql";
import { builder } from "../../framework/graphql/builder.ts";
import { authScopesFor } from "../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { requestValue } from "../../framework/graphql/request-cache.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { queryContextFor } from "../../framework/query/query-context.ts";
import type { PricingContext } from "../../modules/pricing/types.ts";

export const PriceContextInput = builder.inputType("PriceContextInput", {
  description:
    "The context of ProductVariant.calculatedPrice: what the price is for (currency, region, customer group, quantity) and where it ships (the tax country).",
  fields: (t) => ({
    regionId: t.id({
      description:
        "The region to price in (reg_…): region-specific prices apply, and its currency and single country are the defaults.",
    }),
    currencyCode: t.string({ description: "Defaults to the region's currency." }),
    customerGroupId: t.id({
      description: "Admin callers only (others: FORBIDDEN); defaults to the logged-in customer's groups.",
    }),
    quantity: t.int({ description: "Picks the quantity tier; default 1." }),
    countryCode: t.string({
      description:
        "ISO 3166-1 alpha-2: the tax country. Defaults to the region's country when it has exactly one; without a country the tax amounts are null.",
    }),
    provinceCode: t.string({ description: "The tax province (`us-ca` or `CA`), used with the country." }),
  }),
});

/** PriceContextInput's values; query.graph's QueryContext gives the same in snake_case. */
export interface PriceContextArgs {
  regionId?: string | null;
  currencyCode?: string | null;
  customerGroupId?: string | null;
  quantity?: number | null;
  countryCode?: string | null;
  provinceCode?: string | null;
}

/** Where the goods go, for tax lines. */
export interface TaxAddress {
  country_code: string;
  province_code: string | null;
}

/** A resolved context: what to price with, and where to tax (null: no tax amounts). */
export interface ResolvedPriceContext {
  pricing: PricingContext;
  tax: TaxAddress | null;
  /** Why `tax` is null when the region has several countries and none was named. */
  taxAbsentReason?: string;
}

const invalid = (message: string, field: string) =>
  new TesseraError(TesseraError.Types.INVALID_DATA, message, { field: ["context", field] });

const snakeKeys: Record<string, keyof PriceContextArgs> = {
  region_id: "regionId",
  currency_code: "currencyCode",
  customer_group_id: "customerGroupId",
  quantity: "quantity",
  country_code: "countryCode",
  province_code: "provinceCode",
};

/** The field's arguments, or the QueryContext query.graph put at the field's path (`context.variants.calculated_price`). */
export function priceContextArgs(
  args: PriceContextArgs | null | undefined,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
): PriceContextArgs {
  if (args) return args;
  const given = queryContextFor(ctx, info) ?? {};
  const out: PriceContextArgs = {};
  for (const [key, value] of Object.entries(given)) {
    const name = snakeKeys[key];
    if (!name) throw invalid(`Unknown price context key "${key}" (known: ${Object.keys(snakeKeys).join(", ")})`, key);
    if (value !== undefined && value !== null && typeof value !== (name === "quantity" ? "number" : "string"))
      throw invalid(`${key} must be a ${name === "quantity" ? "number" : "string"}`, key);
    Object.assign(out, { [name]: value });
  }
  return out;
}

/** The logged-in customer's group ids, read once per request (none for other callers). */
function customerGroupIds(ctx: GraphQLContext): Promise<string[]> {
  const { actorType, actorId } = ctx.auth;
  if (actorType !== "customer" || !actorId || !ctx.scope.hasRegistration("customer")) return Promise.resolve([]);
  return requestValue(ctx, "customer.groupIds", () =>
    ctx.scope
      .resolve("customer")
      .listCustomers({ id: [actorId] }, { relations: ["groups"] })
      .then(([customer]) => (customer?.groups ?? []).map((g) => g.id)),
  );
}

/**
 * The pricing and tax context of the arguments. The currency comes from the region when not
 * given (neither: INVALID_DATA; unknown region: NOT_FOUND); the tax country from the region when
 * it has exactly one country (a malformed country or one outside the region: INVALID_DATA); the
 * customer groups from the logged-in customer when no group is given. Only admin callers name a
 * group: a storefront could otherwise ask for any group's prices.
 */
export async function resolvePriceContext(ctx: GraphQLContext, args: PriceContextArgs): Promise<ResolvedPriceContext> {
  if (args.customerGroupId && !authScopesFor(ctx).admin) {
    throw new TesseraError(
      TesseraError.Types.FORBIDDEN,
      "Only admin callers price for a named customer group; a customer is priced with their own groups",
      { field: ["context", "customerGroupId"] },
    );
  }
  const country = args.countryCode?.trim().toLowerCase() || undefined;
  if (country && !/^[a-z]{2}$/.test(country))
    throw invalid("countryCode must be an ISO 3166-1 alpha-2 code", "countryCode");
  const [region, groups] = await Promise.all([
    // Cached per process: the same on every request until a region event.
    args.regionId ? ctx.scope.resolve("region").pricingRegion(args.regionId) : undefined,
    args.customerGroupId ? [] : customerGroupIds(ctx),
  ]);
  if (args.regionId && !region)
    throw new TesseraError(TesseraError.Types.NOT_FOUND, `Region ${args.regionId} was not found`, {
      field: ["context", "regionId"],
    });
  const currency = args.currencyCode ?? region?.currency_code;
  if (!currency) throw invalid("The price context needs a currencyCode or a regionId", "currencyCode");
  const regionCountries = region?.countries ?? [];
  if (country && region && !regionCountries.includes(country))
    throw invalid(`Country ${country} is not in region ${region.id}`, "countryCode");
  const taxCountry = country ?? (regionCountries.length === 1 ? regionCountries[0] : undefined);
  const groupIds = args.customerGroupId ? args.customerGroupId : groups.length ? groups : undefined;
  const taxAbsentReason =
    !taxCountry && region && regionCountries.length > 1
      ? `Region ${region.id} has ${regionCountries.length} countries: name one (@inContext(country:) or context.countryCode) for amounts with tax`
      : undefined;
  return {
    ...(taxAbsentReason ? { taxAbsentReason } : {}),
    pricing: {
      currency_code: currency.toLowerCase(),
      ...(args.regionId ? { region_id: args.regionId } : {}),
      ...(groupIds ? { customer_group_id: groupIds } : {}),
      ...(args.quantity != null ? { quantity: args.quantity } : {}),
    },
    tax: taxCountry ? { country_code: taxCountry, province_code: args.provinceCode?.trim() || null } : null,
  };
}
