import { access } from "../../../../../../src/framework/graphql/auth-scopes.ts";
import { builder } from "../../../../../../src/framework/graphql/builder.ts";

export const BrandRef = builder.prismaNode("Brand", {
  authScopes: access.store,
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    name: t.exposeString("name"),
    handle: t.exposeString("handle"),
    featuredProductId: t.exposeID("featured_product_id", {
      nullable: true,
      description: "The product shown first; read it through `featuredProduct`.",
    }),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
    updatedAt: t.expose("updated_at", { type: "DateTime" }),
  }),
});
