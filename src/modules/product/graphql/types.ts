import { builder } from "../../../framework/graphql/builder.ts";

/** Soft-deleted children never show; bounded lists come in a stable order. */
const live = { deleted_at: null } as const;

export const ProductStatus = builder.enumType("ProductStatus", {
  values: { DRAFT: { value: "draft" }, PROPOSED: { value: "proposed" }, PUBLISHED: { value: "published" }, REJECTED: { value: "rejected" } } as const,
});

export const ProductRef = builder.prismaNode("Product", {
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
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
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
    updatedAt: t.expose("updated_at", { type: "DateTime" }),
    type: t.relation("type", { nullable: true }),
    collection: t.relation("collection", { nullable: true }),
    variants: t.relation("variants", { query: { where: live, orderBy: [{ variant_rank: "asc" }, { id: "asc" }] } }),
    options: t.relation("options", { query: { where: live, orderBy: { id: "asc" } } }),
    images: t.relation("images", { query: { where: live, orderBy: [{ rank: "asc" }, { id: "asc" }] } }),
    tags: t.relation("tags", { query: { where: live, orderBy: { value: "asc" } } }),
    categories: t.relation("categories", { query: { where: live, orderBy: [{ rank: "asc" }, { id: "asc" }] } }),
  }),
});

export const ProductVariantRef = builder.prismaNode("ProductVariant", {
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
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
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
    updatedAt: t.expose("updated_at", { type: "DateTime" }),
    product: t.relation("product"),
    options: t.relation("options", { query: { where: live, orderBy: { id: "asc" } } }),
  }),
});

export const ProductOptionRef = builder.prismaNode("ProductOption", {
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    title: t.exposeString("title"),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    product: t.relation("product"),
    values: t.relation("values", { query: { where: live, orderBy: { id: "asc" } } }),
  }),
});

export const ProductOptionValueRef = builder.prismaNode("ProductOptionValue", {
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    value: t.exposeString("value"),
    option: t.relation("option"),
  }),
});

export const ProductImageRef = builder.prismaNode("ProductImage", {
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    url: t.exposeString("url"),
    rank: t.exposeInt("rank"),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
  }),
});

export const ProductTagRef = builder.prismaNode("ProductTag", {
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    value: t.exposeString("value"),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
  }),
});

export const ProductTypeRef = builder.prismaNode("ProductType", {
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    value: t.exposeString("value"),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
  }),
});

export const ProductCollectionRef = builder.prismaNode("ProductCollection", {
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    title: t.exposeString("title"),
    handle: t.exposeString("handle"),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
  }),
});

export const ProductCategoryRef = builder.prismaNode("ProductCategory", {
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description"),
    handle: t.exposeString("handle"),
    isActive: t.exposeBoolean("is_active"),
    isInternal: t.exposeBoolean("is_internal"),
    rank: t.exposeInt("rank"),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
    parentCategory: t.relation("parent_category", { nullable: true }),
    categoryChildren: t.relation("category_children", { query: { where: live, orderBy: [{ rank: "asc" }, { id: "asc" }] } }),
  }),
});
