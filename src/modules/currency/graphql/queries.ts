import { access } from "../../../framework/graphql/auth-scopes.ts";
import { Currency } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { listInputs } from "../../../framework/graphql/list-inputs.ts";
import { CurrencyRef } from "./types.ts";

const currencyList = listInputs(Currency, { sort: ["code", "name"], defaultOrder: { code: "ASC" } });

builder.queryFields((t) => ({
  currency: t.prismaField({
    authScopes: access.store,
    type: CurrencyRef,
    nullable: true,
    description: "A currency by code, with its symbol and decimal digits; null when unknown.",
    args: { code: t.arg.string({ required: true, description: "ISO 4217 code, any case (eur, EUR)." }) },
    resolve: async (query, _root, args, ctx) => {
      const [currency] = await ctx.scope
        .resolve("currency")
        .listCurrencies({ code: args.code.toLowerCase() }, { take: 1, prismaQuery: query });
      return currency ?? null;
    },
  }),
  currencies: rootList(t, {
    type: CurrencyRef,
    list: currencyList,
    module: "currency",
    authScopes: access.store,
    description: "Currencies, searched by code and name.",
  }),
}));
