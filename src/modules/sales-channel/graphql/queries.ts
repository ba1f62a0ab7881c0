import { access } from "../../../framework/graphql/auth-scopes.ts";
import { SalesChannel } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { sortInput } from "../../../framework/graphql/sort.ts";
import { SalesChannelFilter, salesChannelFilters } from "./filters.ts";
import { SalesChannelRef } from "./types.ts";

const channelSort = sortInput("SalesChannel", { NAME: "name", CREATED_AT: "created_at" });

builder.queryFields((t) => ({
  salesChannels: rootList(t, {
    type: SalesChannelRef,
    model: SalesChannel,
    module: "salesChannel",
    authScopes: access.admin,
    description: "Sales channels, filtered (also by linked products), searched by name and description.",
    args: {
      filter: t.arg({ type: SalesChannelFilter }),
      search: t.arg.string(),
      sort: t.arg({ type: [channelSort.input] }),
    },
    filters: (args) => ({ ...salesChannelFilters(args.filter), q: args.search ?? undefined }),
    order: (args) => (args.sort?.length ? channelSort.toOrder(args.sort) : { created_at: "ASC" }),
  }),
}));
