import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { resolveCountedConnection } from "../../../framework/graphql/connection.ts";
import { connectionNodeQuery } from "../../../framework/graphql/node-query.ts";
import { sortInput } from "../../../framework/graphql/sort.ts";
import { CurrencyRef } from "./types.ts";

const currencySort = sortInput("Currency", { CODE: "code", NAME: "name" });

builder.queryFields((t) => ({
  currency: t.prismaField({
    authScopes: access.store,
    type: CurrencyRef,
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const [currency] = await ctx.scope
        .resolve("currency")
        .listCurrencies({ code: args.code.toLowerCase() }, { take: 1, prismaQuery: query });
      return currency ?? null;
    },
  }),
  currencies: t.connection(
    {
      authScopes: access.store,
      type: CurrencyRef,
      description: "Currencies, searched by code and name.",
      args: { search: t.arg.string(), sort: t.arg({ type: [currencySort.input] }) },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) =>
          ctx.scope.resolve("currency").listAndCountCurrencies(
            { q: args.search ?? undefined },
            {
              skip,
              take,
              order: args.sort ? currencySort.toOrder(args.sort) : { code: "ASC" },
              prismaQuery: connectionNodeQuery(ctx, info),
            },
          ),
        ),
    },
    { name: "CurrencyConnection" },
    { name: "CurrencyEdge" },
  ),
}));
