import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { resolveCountedConnection } from "../../../framework/graphql/connection.ts";
import { sortInput } from "../../../framework/graphql/sort.ts";
import { linkedConnectionPage } from "../../../framework/links/linked-list.ts";
import { SalesChannelFilter, salesChannelFilters } from "./filters.ts";
import { SalesChannelRef } from "./types.ts";

const channelSort = sortInput("SalesChannel", { NAME: "name", CREATED_AT: "created_at" });

builder.queryFields((t) => ({
  salesChannels: t.connection(
    {
      authScopes: access.admin,
      type: SalesChannelRef,
      description: "Sales channels, filtered (also by linked products), searched by name and description.",
      args: {
        filter: t.arg({ type: SalesChannelFilter }),
        search: t.arg.string(),
        sort: t.arg({ type: [channelSort.input] }),
      },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) => {
          const service = ctx.scope.resolve("salesChannel");
          const order = args.sort?.length ? channelSort.toOrder(args.sort) : { created_at: "ASC" as const };
          return linkedConnectionPage(ctx, info, {
            model: "SalesChannel",
            filters: { ...salesChannelFilters(args.filter), q: args.search ?? undefined },
            order,
            skip,
            take,
            listAndCount: (filters, config) => service.listAndCountSalesChannels(filters, config),
            list: (filters, config) => service.listSalesChannels(filters, config),
          });
        }),
    },
    { name: "SalesChannelConnection" },
    { name: "SalesChannelEdge" },
  ),
}));
