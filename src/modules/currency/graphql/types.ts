import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { decimalToString } from "../../../framework/money/index.ts";

export const CurrencyRef = builder.prismaObject("Currency", {
  authScopes: access.store,
  description: "An ISO 4217 currency; amounts in it are rounded to `decimalDigits`.",
  fields: (t) => ({
    code: t.exposeString("code", { description: 'Lowercase ISO 4217 code ("eur").' }),
    name: t.exposeString("name"),
    symbol: t.exposeString("symbol"),
    symbolNative: t.exposeString("symbol_native"),
    decimalDigits: t.exposeInt("decimal_digits"),
    rounding: t.string({
      description: 'Cash rounding step as a decimal string; "0" when none.',
      resolve: (c) => decimalToString(c.rounding),
    }),
  }),
});
