import { GraphQLScalarType, Kind } from "graphql";
import { access } from "./auth-scopes.ts";
import { builder } from "./builder.ts";

/** Money as GraphQL carries it: the amount a decimal string, the currency lowercase inside. */
export interface MoneyValue {
  amount: string;
  currency_code: string;
}

function codeScalar(name: string, length: number, standard: string) {
  const pattern = new RegExp(`^[a-zA-Z]{${length}}$`);
  const parse = (value: unknown): string => {
    if (typeof value !== "string" || !pattern.test(value.trim()))
      throw new TypeError(`${name} must be a ${length}-letter ${standard} code, got ${JSON.stringify(value)}`);
    return value.trim().toLowerCase();
  };
  return new GraphQLScalarType<string, string>({
    name,
    description: `A ${length}-letter ${standard} code, upper case in responses ("${length === 3 ? "EUR" : "DK"}"), any case in input.`,
    serialize: (value) => String(value).toUpperCase(),
    parseValue: parse,
    parseLiteral: (ast) => (ast.kind === Kind.STRING ? parse(ast.value) : parse(undefined)),
  });
}

// Validated scalars rather than enums: the currency module holds which codes a store uses, the
// schema only the shape, so a new currency needs no schema change.
builder.addScalarType("CurrencyCode", codeScalar("CurrencyCode", 3, "ISO 4217"));
builder.addScalarType("CountryCode", codeScalar("CountryCode", 2, "ISO 3166-1 alpha-2"));

export const MoneyRef = builder.objectRef<MoneyValue>("Money").implement({
  authScopes: access.store,
  description: "An amount in a currency. The amount is a decimal string, never a float.",
  fields: (t) => ({
    amount: t.string({ description: 'A decimal string ("19.99").', resolve: (m) => m.amount }),
    currencyCode: t.field({ type: "CurrencyCode", resolve: (m) => m.currency_code }),
  }),
});

/** Money of an amount, or null when either part is missing. */
export const money = (amount: string | null | undefined, currency: string | null | undefined): MoneyValue | null =>
  amount != null && currency ? { amount, currency_code: currency } : null;
