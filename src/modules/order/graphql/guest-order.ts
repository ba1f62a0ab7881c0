import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { access, authScopesFor } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import type { Filters } from "../../../framework/modules/filters.ts";
import { OrderRef } from "./types.ts";

// A guest finds its order again with the order's id and the email it was placed with (the
// confirmation mail's link). A wrong email is NOT_FOUND with the same message as an unknown id,
// from one statement either way, so the answer tells nothing about which orders exist.

/** Case-insensitive equality through ILIKE, with the pattern's wildcards taken literally. */
const sameEmail = (email: string) => ({ $ilike: email.trim().replace(/[\\%_]/g, "\\$&") });

builder.queryFields((t) => ({
  guestOrder: t.prismaField({
    authScopes: access.store,
    type: OrderRef,
    description:
      "A guest's order by its id and the email it was placed with, in the publishable key's sales channels (admins: any guest order). A wrong email is NOT_FOUND, exactly as an unknown id.",
    args: {
      id: t.arg.id({ required: true, description: "The order's id." }),
      email: t.arg.string({ required: true, description: "The email the order was placed with (any case)." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const scope: Filters = authScopesFor(ctx).admin
        ? {}
        : { sales_channel_id: ctx.auth.publishableKey?.sales_channel_ids ?? [] };
      const [order] = await ctx.scope
        .resolve("order")
        .listOrders(
          { ...scope, id: args.id, customer_id: null, email: sameEmail(args.email) },
          { take: 1, prismaQuery: query },
        );
      if (!order || !args.email.trim())
        throw new TesseraError(TesseraError.Types.NOT_FOUND, `Order with id: ${args.id} was not found`);
      return order;
    },
  }),
}));
