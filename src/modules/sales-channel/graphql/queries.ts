import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { listInputs } from "../../../framework/graphql/list-inputs.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { SalesChannel } from "../models.ts";
import { salesChannelFilter } from "./filters.ts";
import { SalesChannelRef } from "./types.ts";

const channelList = listInputs(SalesChannel, {
  filter: salesChannelFilter,
  sort: ["name", "created_at"],
  defaultOrder: { created_at: "ASC" },
});

builder.queryFields((t) => ({
  salesChannels: rootList(t, {
    type: SalesChannelRef,
    list: channelList,
    module: "salesChannel",
    authScopes: access.admin,
    description: "Sales channels, filtered (also by linked products), searched by name and description.",
  }),
}));
