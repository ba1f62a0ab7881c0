import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { scopedFilters } from "../../../framework/links/read-scope.ts";
import { CartRef } from "./types.ts";

builder.queryFields((t) => ({
  cart: t.prismaField({
    authScopes: access.store,
    type: CartRef,
    description:
      "A cart by id, with its items, shipping methods, adjustments, tax lines and totals. A cart of another customer or of a sales channel outside the publishable key is NOT_FOUND, like an unknown id.",
    args: { id: t.arg.id({ required: true, description: "The cart's id (from createCart)." }) },
    resolve: async (query, _root, args, ctx) => {
      const [cart] = await ctx.scope
        .resolve("cart")
        .listCarts(scopedFilters(ctx, "Cart", { id: args.id }), { take: 1, prismaQuery: query });
      if (!cart) throw new TesseraError(TesseraError.Types.NOT_FOUND, `Cart with id: ${args.id} was not found`);
      return cart;
    },
  }),
}));
