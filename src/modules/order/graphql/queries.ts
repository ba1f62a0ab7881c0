import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { scopedFilters } from "../../../framework/links/read-scope.ts";
import { OrderRef } from "./types.ts";

builder.queryFields((t) => ({
  order: t.prismaField({
    authScopes: { ...access.store, customer: true },
    type: OrderRef,
    description:
      "An order by id, with its items, shipping methods, adjustments, tax lines, addresses and totals: for its customer, for a publishable key of its sales channel when a guest placed it, and for admins. Anyone else gets NOT_FOUND, as for an unknown id.",
    args: { id: t.arg.id({ required: true, description: "The order's id (from completeCart)." }) },
    resolve: async (query, _root, args, ctx) => {
      const [order] = await ctx.scope
        .resolve("order")
        .listOrders(scopedFilters(ctx, "Order", { id: args.id }), { take: 1, prismaQuery: query });
      if (!order) throw new TesseraError(TesseraError.Types.NOT_FOUND, `Order with id: ${args.id} was not found`);
      return order;
    },
  }),
}));
