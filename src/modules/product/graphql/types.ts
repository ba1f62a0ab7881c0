import type { Prisma } from "../../../generated/prisma/client.ts";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { readScope, registerReadScope, scopedRelationWhere } from "../../../framework/links/read-scope.ts";
import { liveNode, recordFields } from "../../../framework/graphql/live-node.ts";

/** Soft-deleted children never show; bounded lists come in a stable order. */
const live = { deleted_at: null } as const;

// The catalogue is a storefront read (access.store on each type); which records a storefront sees
// is each model's read scope, applied to lists, lookups, link fields and node(id:). Links narrow
// products further (src/links/graphql: the key's sales channels).
registerReadScope("Product", () => ({ status: "published" }));
// Variants, options, values and images are readable where their product is.
registerReadScope("ProductVariant", (ctx) => {
  const product = readScope(ctx, "Product");
  return product && { product };
});
registerReadScope("ProductOption", (ctx) => {
  const product = readScope(ctx, "Product");
  return product && { product };
});
registerReadScope("ProductOptionValue", (ctx) => {
  const product = readScope(ctx, "Product");
  return product && { option: { product } };
});
registerReadScope("ProductImage", (ctx) => {
  const product = readScope(ctx, "Product");
  return product && { product };
});
// Inactive and internal categories are the merchant's own (Medusa's store API hides them too).
const publicCategory = { is_active: true, is_internal: false } as const;
registerReadScope("ProductCategory", () => publicCategory);

/** A category relation narrowed to what the caller may read. */
const categoryWhere = (ctx: GraphQLContext) =>
  scopedRelationWhere(ctx, "ProductCategory", live) as Prisma.ProductCategoryWhereInput;
const categoryReadable = (ctx: GraphQLContext, category: { is_active: boolean; is_internal: boolean }) =>
  !readScope(ctx, "ProductCategory") ||
  (category.is_active === publicCategory.is_active && category.is_internal === publicCategory.is_internal);

export const ProductStatus = builder.enumType("ProductStatus", {
  values: {
    DRAFT: { value: "draft" },
    PROPOSED: { value: "proposed" },
    PUBLISHED: { value: "published" },
    REJECTED: { value: "rejected" },
  } as const,
});

export const ProductRef = builder.prismaNode("Product", {
  ...liveNode,
  authScopes: access.store,
  fields: (t) => ({
    title: t.exposeString("title"),
    subtitle: t.exposeString("subtitle", { nullable: true }),
    handle: t.exposeString("handle"),
    description: t.exposeString("description", { nullable: true }),
    status: t.expose("status", { type: ProductStatus }),
    isGiftcard: t.exposeBoolean("is_giftcard"),
    discountable: t.exposeBoolean("discountable"),
    thumbnail: t.exposeString("thumbnail", { nullable: true }),
    weight: t.exposeInt("weight", { nullable: true }),
    originCountry: t.exposeString("origin_country", { nullable: true }),
    material: t.exposeString("material", { nullable: true }),
    externalId: t.exposeString("external_id", { nullable: true }),
    ...recordFields(t),
    updatedAt: t.expose("updated_at", { type: "DateTime" }),
    type: t.relation("type", { nullable: true }),
    collection: t.relation("collection", { nullable: true }),
    variants: t.relation("variants", { query: { where: live, orderBy: [{ variant_rank: "asc" }, { id: "asc" }] } }),
    options: t.relation("options", { query: { where: live, orderBy: { id: "asc" } } }),
    images: t.relation("images", { query: { where: live, orderBy: [{ rank: "asc" }, { id: "asc" }] } }),
    tags: t.relation("tags", { query: { where: live, orderBy: { value: "asc" } } }),
    categories: t.relation("categories", {
      query: (_args, ctx) => ({ where: categoryWhere(ctx), orderBy: [{ rank: "asc" }, { id: "asc" }] }),
    }),
  }),
});

export const ProductVariantRef = builder.prismaNode("ProductVariant", {
  ...liveNode,
  authScopes: access.store,
  fields: (t) => ({
    title: t.exposeString("title"),
    sku: t.exposeString("sku", { nullable: true }),
    barcode: t.exposeString("barcode", { nullable: true }),
    ean: t.exposeString("ean", { nullable: true }),
    upc: t.exposeString("upc", { nullable: true }),
    allowBackorder: t.exposeBoolean("allow_backorder"),
    manageInventory: t.exposeBoolean("manage_inventory"),
    variantRank: t.exposeInt("variant_rank"),
    weight: t.exposeInt("weight", { nullable: true }),
    ...recordFields(t),
    updatedAt: t.expose("updated_at", { type: "DateTime" }),
    product: t.relation("product"),
    options: t.relation("options", { query: { where: live, orderBy: { id: "asc" } } }),
  }),
});

export const ProductOptionRef = builder.prismaNode("ProductOption", {
  ...liveNode,
  authScopes: access.store,
  fields: (t) => ({
    title: t.exposeString("title"),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    product: t.relation("product"),
    values: t.relation("values", { query: { where: live, orderBy: { id: "asc" } } }),
  }),
});

export const ProductOptionValueRef = builder.prismaNode("ProductOptionValue", {
  ...liveNode,
  authScopes: access.store,
  fields: (t) => ({
    value: t.exposeString("value"),
    option: t.relation("option"),
  }),
});

export const ProductImageRef = builder.prismaNode("ProductImage", {
  ...liveNode,
  authScopes: access.store,
  fields: (t) => ({
    url: t.exposeString("url"),
    rank: t.exposeInt("rank"),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
  }),
});

export const ProductTagRef = builder.prismaNode("ProductTag", {
  ...liveNode,
  authScopes: access.store,
  fields: (t) => ({ value: t.exposeString("value"), ...recordFields(t) }),
});

export const ProductTypeRef = builder.prismaNode("ProductType", {
  ...liveNode,
  authScopes: access.store,
  fields: (t) => ({ value: t.exposeString("value"), ...recordFields(t) }),
});

export const ProductCollectionRef = builder.prismaNode("ProductCollection", {
  ...liveNode,
  authScopes: access.store,
  fields: (t) => ({
    title: t.exposeString("title"),
    handle: t.exposeString("handle"),
    ...recordFields(t),
  }),
});

export const ProductCategoryRef = builder.prismaNode("ProductCategory", {
  ...liveNode,
  authScopes: access.store,
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description"),
    handle: t.exposeString("handle"),
    isActive: t.exposeBoolean("is_active"),
    isInternal: t.exposeBoolean("is_internal"),
    rank: t.exposeInt("rank"),
    ...recordFields(t),
    categoryChildren: t.relation("category_children", {
      query: (_args, ctx) => ({ where: categoryWhere(ctx), orderBy: [{ rank: "asc" }, { id: "asc" }] }),
    }),
  }),
});

builder.prismaObjectFields(ProductCategoryRef, (t) => ({
  parentCategory: t.field({
    type: ProductCategoryRef,
    nullable: true,
    description: "Null at the top, and for a storefront when the parent is inactive or internal.",
    select: (_args, _ctx, nested) => ({ parent_category: nested() }),
    resolve: (category, _args, ctx) =>
      category.parent_category && categoryReadable(ctx, category.parent_category) ? category.parent_category : null,
  }),
}));
