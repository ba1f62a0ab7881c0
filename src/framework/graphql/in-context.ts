import {
  DirectiveLocation,
  getDirectiveValues,
  GraphQLDirective,
  GraphQLID,
  GraphQLSchema,
  type GraphQLInputType,
  type GraphQLResolveInfo,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import type { GraphQLContext } from "./context.ts";

/** The arguments of `@inContext` as a resolver reads them (codes lowercase, as stored). */
export interface InContextArgs {
  country?: string;
  currency?: string;
  region?: string;
}

/**
 * Adds Shopify's `@inContext` operation directive to an assembled schema: one request-level
 * context (country, currency, region) that every price and availability field below reads.
 * Its argument types are the schema's own CountryCode and CurrencyCode scalars, so it is added
 * after Pothos built them.
 */
export function withInContextDirective(schema: GraphQLSchema): GraphQLSchema {
  const type = (name: string) => schema.getType(name) as GraphQLInputType | undefined;
  const country = type("CountryCode");
  const currency = type("CurrencyCode");
  if (!country || !currency) return schema;
  const directive = new GraphQLDirective({
    name: "inContext",
    description:
      "The request's price context, validated once (an unknown country, region or currency is one INVALID_DATA error): `query Shop @inContext(country: DK) { ... }`. Every calculatedPrice, priceRange, price sort, price filter and price facet without its own `context` argument uses it; the customer comes from the token.",
    locations: [DirectiveLocation.QUERY],
    args: {
      country: {
        type: country,
        description: "The shopper's country: picks the region that holds it and is the tax country.",
      },
      currency: { type: currency, description: "Defaults to the region's currency." },
      region: { type: GraphQLID, description: "A region id; with a country, the country must be in it." },
    },
  });
  return new GraphQLSchema({ ...schema.toConfig(), directives: [...schema.getDirectives(), directive] });
}

/** The operation's `@inContext` arguments, or undefined when it has none. */
export function inContextArgs(info: GraphQLResolveInfo): InContextArgs | undefined {
  const directive = info.schema.getDirective("inContext");
  if (!directive) return undefined;
  const values = getDirectiveValues(directive, info.operation, info.variableValues);
  if (!values) return undefined;
  const pick = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : undefined);
  return { country: pick("country"), currency: pick("currency"), region: pick("region") };
}

const extensionsByRequest = new WeakMap<object, Record<string, unknown>>();

/** Puts `value` under `extensions[key]` of the response, once per request (the first value wins). */
export function addResponseExtension(ctx: GraphQLContext, key: string, value: unknown): void {
  let found = extensionsByRequest.get(ctx);
  if (!found) extensionsByRequest.set(ctx, (found = {}));
  if (!(key in found)) found[key] = value;
}

/** Adds what resolvers put with addResponseExtension to the result's `extensions`. */
export function useResponseExtensions(): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          const extra = extensionsByRequest.get(args.contextValue as object);
          if (!extra || !("data" in result)) return;
          setResult({ ...result, extensions: { ...result.extensions, ...extra } });
        },
      };
    },
  };
}
