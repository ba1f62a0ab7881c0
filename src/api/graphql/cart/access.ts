import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { authScopesFor } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { scopedFilters } from "../../../framework/links/read-scope.ts";

/**
 * The cart a mutation changes, if the caller may: another customer's cart, or one of a sales
 * channel outside the publishable key, is NOT_FOUND exactly like an unknown id (before any write).
 */
export async function ownCart(ctx: GraphQLContext, cartId: string): Promise<string> {
  const [cart] = await ctx.scope
    .resolve("cart")
    .listCarts(scopedFilters(ctx, "Cart", { id: cartId }), { take: 1, select: ["id"] });
  if (!cart) throw new TesseraError(TesseraError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`);
  return cart.id;
}

/**
 * The sales channel of a new cart: the one named (which must be on the key), or the key's only
 * channel. Admins name any channel.
 */
export function cartChannel(ctx: GraphQLContext, salesChannelId: string | null | undefined): string | null {
  const key = ctx.auth.publishableKey;
  if (authScopesFor(ctx).admin && !key) return salesChannelId ?? null;
  const channels = key?.sales_channel_ids ?? [];
  if (salesChannelId) {
    if (!channels.includes(salesChannelId))
      throw new TesseraError(
        TesseraError.Types.INVALID_DATA,
        `Sales channel ${salesChannelId} is not on this publishable key`,
        {
          field: ["salesChannelId"],
        },
      );
    return salesChannelId;
  }
  if (channels.length === 1) return channels[0] ?? null;
  throw new TesseraError(
    TesseraError.Types.INVALID_DATA,
    "salesChannelId is required unless the publishable key has exactly one sales channel",
    { field: ["salesChannelId"] },
  );
}
