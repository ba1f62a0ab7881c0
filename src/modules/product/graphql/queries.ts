import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { resolveCountedConnection } from "../../../framework/graphql/connection.ts";
import { connectionNodeQuery } from "../../../framework/graphql/node-query.ts";
import { sortInput } from "../../../framework/graphql/sort.ts";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { typenameForId } from "../../../framework/graphql/node-ids.ts";
import { linkSortColumns } from "../../../framework/links/graphql-filters.ts";
import { linkedConnectionPage, linkedLookup } from "../../../framework/links/linked-list.ts";
import { scopedFilters } from "../../../framework/links/read-scope.ts";
import {
  categoryFilters,
  ProductCategoryFilter,
  ProductFilter,
  productFilters,
  ProductTagFilter,
  tagFilters,
  ProductVariantFilter,
  variantFilters,
} from "./filters.ts";
import {
  ProductCategoryRef,
  ProductCollectionRef,
  ProductRef,
  ProductTagRef,
  ProductTypeRef,
  ProductVariantRef,
} from "./types.ts";

// Links add sort values for a single linked record's columns (BRAND_NAME).
const productSort = sortInput("Product", {
  TITLE: "title",
  HANDLE: "handle",
  STATUS: "status",
  CREATED_AT: "created_at",
  UPDATED_AT: "updated_at",
  ...linkSortColumns("Product"),
});
const variantSort = sortInput("ProductVariant", {
  TITLE: "title",
  SKU: "sku",
  RANK: "variant_rank",
  CREATED_AT: "created_at",
});
const categorySort = sortInput("ProductCategory", {
  NAME: "name",
  RANK: "rank",
  HANDLE: "handle",
  CREATED_AT: "created_at",
});
const labelSort = sortInput("ProductLabel", { VALUE: "value", CREATED_AT: "created_at" });
const collectionSort = sortInput("ProductCollection", { TITLE: "title", HANDLE: "handle", CREATED_AT: "created_at" });

/** An id argument must carry the prefix of the type asked for. */
function checkId(id: string, typename: string): void {
  if (typenameForId(id) !== typename)
    throw new TesseraError(TesseraError.Types.INVALID_DATA, `${id} is not a ${typename} id`, { field: ["id"] });
}

builder.queryFields((t) => ({
  product: t.prismaField({
    authScopes: access.store,
    type: ProductRef,
    nullable: true,
    description: "A product by id or handle. An unknown id is NOT_FOUND; a malformed one INVALID_DATA.",
    args: { id: t.arg.id(), handle: t.arg.string() },
    resolve: async (query, _root, args, ctx) => {
      if (!args.id === !args.handle)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, "Pass exactly one of id or handle", { field: ["id"] });
      if (args.id) checkId(args.id, "Product");
      const service = ctx.scope.resolve("product");
      // A storefront's read scope (its sales channels) applies: a product outside it is unknown.
      const filters = scopedFilters(ctx, "Product", args.id ? { id: args.id } : { handle: args.handle ?? "" });
      const [product] = await linkedLookup(ctx, {
        model: "Product",
        filters,
        take: 1,
        prismaQuery: query,
        list: (f, config) => service.listProducts(f, config),
      });
      if (!product) {
        if (args.id) throw new TesseraError(TesseraError.Types.NOT_FOUND, `Product with id: ${args.id} was not found`);
        return null;
      }
      return product;
    },
  }),
  products: t.connection(
    {
      authScopes: access.store,
      type: ProductRef,
      description:
        "Products, filtered (also through links), searched (title, subtitle, handle, description) and sorted.",
      args: {
        filter: t.arg({ type: ProductFilter }),
        search: t.arg.string(),
        sort: t.arg({ type: [productSort.input] }),
      },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) => {
          const service = ctx.scope.resolve("product");
          return linkedConnectionPage(ctx, info, {
            model: "Product",
            filters: scopedFilters(ctx, "Product", { ...productFilters(args.filter), q: args.search ?? undefined }),
            order: productSort.toOrder(args.sort),
            skip,
            take,
            listAndCount: (filters, config) => service.listAndCountProducts(filters, config),
            list: (filters, config) => service.listProducts(filters, config),
          });
        }),
    },
    { name: "ProductConnection" },
    { name: "ProductEdge" },
  ),
  productVariants: t.connection(
    {
      authScopes: access.store,
      type: ProductVariantRef,
      args: {
        filter: t.arg({ type: ProductVariantFilter }),
        search: t.arg.string(),
        sort: t.arg({ type: [variantSort.input] }),
      },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) => {
          const service = ctx.scope.resolve("product");
          return linkedConnectionPage(ctx, info, {
            model: "ProductVariant",
            filters: scopedFilters(ctx, "ProductVariant", {
              ...variantFilters(args.filter),
              q: args.search ?? undefined,
            }),
            order: variantSort.toOrder(args.sort),
            skip,
            take,
            listAndCount: (filters, config) => service.listAndCountProductVariants(filters, config),
            list: (filters, config) => service.listProductVariants(filters, config),
          });
        }),
    },
    { name: "ProductVariantConnection" },
    { name: "ProductVariantEdge" },
  ),
  productCategory: t.prismaField({
    authScopes: access.store,
    type: ProductCategoryRef,
    nullable: true,
    args: { id: t.arg.id(), handle: t.arg.string() },
    resolve: async (query, _root, args, ctx) => {
      if (!args.id === !args.handle)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, "Pass exactly one of id or handle", { field: ["id"] });
      const filters = scopedFilters(ctx, "ProductCategory", args.id ? { id: args.id } : { handle: args.handle ?? "" });
      const [category] = await ctx.scope
        .resolve("product")
        .listProductCategories(filters, { take: 1, prismaQuery: query });
      return category ?? null;
    },
  }),
  productCategories: t.connection(
    {
      authScopes: access.store,
      type: ProductCategoryRef,
      args: {
        filter: t.arg({ type: ProductCategoryFilter }),
        search: t.arg.string(),
        sort: t.arg({ type: [categorySort.input] }),
      },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) =>
          ctx.scope
            .resolve("product")
            .listAndCountProductCategories(
              scopedFilters(ctx, "ProductCategory", { ...categoryFilters(args.filter), q: args.search ?? undefined }),
              { skip, take, order: categorySort.toOrder(args.sort), prismaQuery: connectionNodeQuery(ctx, info) },
            ),
        ),
    },
    { name: "ProductCategoryConnection" },
    { name: "ProductCategoryEdge" },
  ),
  productCollection: t.prismaField({
    authScopes: access.store,
    type: ProductCollectionRef,
    nullable: true,
    args: { id: t.arg.id(), handle: t.arg.string() },
    resolve: async (query, _root, args, ctx) => {
      if (!args.id === !args.handle)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, "Pass exactly one of id or handle", { field: ["id"] });
      const [collection] = await ctx.scope
        .resolve("product")
        .listProductCollections(args.id ? { id: args.id } : { handle: args.handle ?? "" }, {
          take: 1,
          prismaQuery: query,
        });
      return collection ?? null;
    },
  }),
  productCollections: t.connection(
    {
      authScopes: access.store,
      type: ProductCollectionRef,
      args: { search: t.arg.string(), sort: t.arg({ type: [collectionSort.input] }) },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) =>
          ctx.scope
            .resolve("product")
            .listAndCountProductCollections(
              { q: args.search ?? undefined },
              { skip, take, order: collectionSort.toOrder(args.sort), prismaQuery: connectionNodeQuery(ctx, info) },
            ),
        ),
    },
    { name: "ProductCollectionConnection" },
    { name: "ProductCollectionEdge" },
  ),
  productTags: t.connection(
    {
      authScopes: access.store,
      type: ProductTagRef,
      args: {
        filter: t.arg({ type: ProductTagFilter }),
        search: t.arg.string(),
        sort: t.arg({ type: [labelSort.input] }),
      },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) =>
          ctx.scope
            .resolve("product")
            .listAndCountProductTags(
              { ...tagFilters(args.filter), q: args.search ?? undefined },
              { skip, take, order: labelSort.toOrder(args.sort), prismaQuery: connectionNodeQuery(ctx, info) },
            ),
        ),
    },
    { name: "ProductTagConnection" },
    { name: "ProductTagEdge" },
  ),
  productTypes: t.connection(
    {
      authScopes: access.store,
      type: ProductTypeRef,
      args: { search: t.arg.string(), sort: t.arg({ type: [labelSort.input] }) },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) =>
          ctx.scope
            .resolve("product")
            .listAndCountProductTypes(
              { q: args.search ?? undefined },
              { skip, take, order: labelSort.toOrder(args.sort), prismaQuery: connectionNodeQuery(ctx, info) },
            ),
        ),
    },
    { name: "ProductTypeConnection" },
    { name: "ProductTypeEdge" },
  ),
}));
