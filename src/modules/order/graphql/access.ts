import { authScopesFor } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import type { Filters } from "../../../framework/modules/filters.ts";

// Who reads an order: admins any; a logged-in customer their own; a storefront (publishable key)
// the guest orders of its key's sales channels (whoever holds the order's id: the confirmation
// page). Anything else does not exist for the caller (NOT_FOUND, as an unknown id), through
// order(id:) and node(id:). A draft order is an admin's alone.

const customerOf = (ctx: GraphQLContext) => (ctx.auth.actorType === "customer" ? ctx.auth.actorId : null);

/** The read scope of orders for a non-admin caller, as column filters. */
export function orderScope(ctx: GraphQLContext): Filters {
  const channels = ctx.auth.publishableKey?.sales_channel_ids ?? [];
  const customer = customerOf(ctx);
  return {
    is_draft_order: false,
    $or: [{ customer_id: null, sales_channel_id: channels }, ...(customer ? [{ customer_id: customer }] : [])],
  };
}

/** Whether the caller may read this order (the same rule as orderScope, for a loaded row). */
export function canReadOrder(
  order: { sales_channel_id: string | null; customer_id: string | null; is_draft_order: boolean },
  ctx: GraphQLContext,
): boolean {
  if (authScopesFor(ctx).admin) return true;
  if (order.is_draft_order) return false;
  if (order.customer_id !== null) return customerOf(ctx) === order.customer_id;
  const channels = ctx.auth.publishableKey?.sales_channel_ids ?? [];
  return order.sales_channel_id !== null && channels.includes(order.sales_channel_id);
}
