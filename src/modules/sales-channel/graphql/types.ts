import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { liveNode, recordFields } from "../../../framework/graphql/live-node.ts";

// Admin-only, also through node(id:) and links (Product.salesChannels): a storefront knows its
// channels from its publishable key, and a channel's product list would show other channels' products.
export const SalesChannelRef = builder.prismaNode("SalesChannel", {
  ...liveNode,
  authScopes: access.admin,
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    isDisabled: t.exposeBoolean("is_disabled"),
    ...recordFields(t),
    updatedAt: t.expose("updated_at", { type: "DateTime" }),
  }),
});
