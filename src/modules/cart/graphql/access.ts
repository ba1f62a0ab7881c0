import { authScopesFor } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import type { Filters } from "../../../framework/modules/filters.ts";

// Who reads a cart: admins any; a storefront (publishable key) the carts of its key's sales
// channels that are guests' or its logged-in customer's own. Anything else does not exist for
// the caller (NOT_FOUND, as an unknown id), through cart(id:), node(id:) and the mutations.

/** The read scope of carts for a non-admin caller, as column filters. */
export function cartScope(ctx: GraphQLContext): Filters {
  const channels = ctx.auth.publishableKey?.sales_channel_ids ?? [];
  const customer = ctx.auth.actorType === "customer" ? ctx.auth.actorId : null;
  return {
    sales_channel_id: channels,
    $or: [{ customer_id: null }, ...(customer ? [{ customer_id: customer }] : [])],
  };
}

/** Whether the caller may read or change this cart (the same rule as cartScope, for a loaded row). */
export function canReadCart(
  cart: { sales_channel_id: string | null; customer_id: string | null },
  ctx: GraphQLContext,
) {
  if (authScopesFor(ctx).admin) return true;
  const key = ctx.auth.publishableKey;
  if (!key || !cart.sales_channel_id || !key.sales_channel_ids.includes(cart.sales_channel_id)) return false;
  if (cart.customer_id === null) return true;
  return ctx.auth.actorType === "customer" && ctx.auth.actorId === cart.customer_id;
}
