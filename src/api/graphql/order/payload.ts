import { z } from "zod";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { OrderRef } from "../../../modules/order/graphql/types.ts";

// What the admin order mutations share: the payload `{ order, userErrors }`, the order id input
// field and the re-read of the order once its workflow succeeded.

export const OrderPayload = payloadType("OrderPayload", "order", OrderRef);

/** The `orderId` input field. */
export const orderIdField = zodId().describe("The order.");

/** A quantity of units of a line item (fulfilled, returned, claimed, sent). */
export const unitsField = z.number().int().min(1, "must be at least 1");

/** The order as the workflow left it. */
export const rereadOrder = async (id: string, ctx: GraphQLContext) => ({
  order: await ctx.scope.resolve("order").retrieveOrder(id),
});
