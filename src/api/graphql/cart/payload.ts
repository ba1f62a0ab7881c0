import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { CartRef } from "../../../modules/cart/graphql/types.ts";

// What every cart mutation shares: the payload `{ cart, userErrors }`, the cart id input field and
// the re-read of the cart once its workflow succeeded.

export const CartPayload = payloadType("CartPayload", "cart", CartRef);

/** The `cartId` input field. */
export const cartIdField = zodId().describe("The cart (NOT_FOUND when it is not the caller's).");

/** The cart as the workflow left it. */
export const reread = async (id: string, ctx: GraphQLContext) => ({
  cart: await ctx.scope.resolve("cart").retrieveCart(id),
});
