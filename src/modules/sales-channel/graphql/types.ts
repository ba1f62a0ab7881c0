import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";

// Admin-only, also through node(id:) and links (Product.salesChannels): a storefront knows its
// channels from its publishable key, and a channel's product list would show other channels' products.
export const SalesChannelRef = builder.prismaNode("SalesChannel", {
  authScopes: access.admin,
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    isDisabled: t.exposeBoolean("is_disabled"),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
    updatedAt: t.expose("updated_at", { type: "DateTime" }),
  }),
});
