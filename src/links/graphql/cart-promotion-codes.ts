import { access } from "../../framework/graphql/auth-scopes.ts";
import { builder } from "../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { requestLoader } from "../../framework/graphql/request-cache.ts";
import { modelRef } from "../../framework/links/graphql-refs.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";

// Cart.promotionCodes: the codes of the promotions applied to a cart (cart_promotion), for the
// storefront that reads the cart. Promotions themselves are admin data (Cart.promotions, the
// link's connection, is admin-only), so a shopper sees the codes and nothing of the rules.

/** Codes per cart, for a whole request in two statements (the link rows, then the promotions). */
function codesLoader(ctx: GraphQLContext) {
  return requestLoader<string[]>(ctx, "cart.promotionCodes", async (cartIds) => {
    const link = linkByEntryPoint("cart_promotion");
    if (!link) return cartIds.map(() => []);
    const rows = await ctx.scope.resolve("link").list(link, { cart_id: [...cartIds] });
    const ids = [...new Set(rows.map((r) => String(r.promotion_id)))];
    const promotions = ids.length
      ? await ctx.scope.resolve("promotion").listPromotions({ id: ids }, { select: ["id", "code"] })
      : [];
    const code = new Map(promotions.map((p) => [p.id, p.code]));
    return cartIds.map((id) =>
      rows.filter((r) => r.cart_id === id).flatMap((r) => code.get(String(r.promotion_id)) ?? []),
    );
  });
}

builder.objectFields(modelRef("Cart"), (t) => ({
  promotionCodes: t.stringList({
    authScopes: access.store,
    description:
      "The codes of the promotions applied to the cart (the shopper's and automatic ones that currently give a discount); see each adjustment's code for what it took off.",
    resolve: (cart, _args, ctx: GraphQLContext) => codesLoader(ctx).load((cart as { id: string }).id),
  }),
}));
