import { builder } from "../../../framework/graphql/builder.ts";

export const SalesChannelRef = builder.prismaNode("SalesChannel", {
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    isDisabled: t.exposeBoolean("is_disabled"),
    createdAt: t.expose("created_at", { type: "DateTime" }),
  }),
});
