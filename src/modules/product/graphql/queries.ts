import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { resolveCountedConnection } from "../../../framework/graphql/connection.ts";
import { connectionNodeQuery } from "../../../framework/graphql/node-query.ts";
import { sortInput } from "../../../framework/graphql/sort.ts";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { typenameForId } from "../../../framework/graphql/node-ids.ts";
import { computedColumnsFor } from "../../../framework/links/computed-columns.ts";
import { linkSortColumns } from "../../../framework/links/graphql-filters.ts";
import { linkedConnectionPage, linkedLookup } from "../../../framework/links/linked-list.ts";
import { scopedFilters } from "../../../framework/links/read-scope.ts";
import type { ArgBuilder } from "@pothos/core";
import type { DefaultConnectionArguments } from "@pothos/plugin-relay";
import type { GraphQLResolveInfo } from "graphql";
import type { BuilderTypes } from "../../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import type { Filters } from "../../../framework/modules/filters.ts";
import {
  PRODUCT_PRICE,
  type ProductFilterShape,
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
  PRICE: PRODUCT_PRICE,
  ...linkSortColumns("Product"),
});
// Shared by the root lists and the catalogue's nested ones (a category's products and children).
export const ProductConnection = builder.connectionObject(
  { type: ProductRef, name: "ProductConnection" },
  { name: "ProductEdge" },
);
export const ProductCategoryConnection = builder.connectionObject(
  { type: ProductCategoryRef, name: "ProductCategoryConnection" },
  { name: "ProductCategoryEdge" },
);

/** The arguments of a product list (root `products`, a category's or a collection's). */
export interface ProductListArgs extends DefaultConnectionArguments {
  filter?: ProductFilterShape | null;
  search?: string | null;
  sort?: readonly { field: keyof typeof productSort.columns; direction: "ASC" | "DESC" }[] | null;
}

/**
 * A page of the products the caller may read (its read scope) that match `within` (a category,
 * a collection) and the list's filter, search and sort. PRICE and `price` are computed in SQL
 * for the request's price context, in the page's statement.
 */
export async function resolveProductConnection(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  args: ProductListArgs,
  within: Filters,
) {
  const own = { ...productFilters(args.filter), q: args.search ?? undefined };
  const filters = scopedFilters(ctx, "Product", Object.keys(within).length ? { $and: [within, own] } : own);
  const order = productSort.toOrder(args.sort);
  const computed = await computedColumnsFor(ctx, info, "Product", filters, order);
  return resolveCountedConnection(args, ({ skip, take }) => {
    const service = ctx.scope.resolve("product");
    return linkedConnectionPage(ctx, info, {
      model: "Product",
      filters,
      order,
      skip,
      take,
      computed,
      listAndCount: (f, config) => service.listAndCountProducts(f, config),
      list: (f, config) => service.listProducts(f, config),
    });
  });
}

/** The arguments every product list takes. */
export const productListArgs = (arg: ArgBuilder<BuilderTypes>) => ({
  filter: arg({
    type: ProductFilter,
    description: "Filters on the product, its variants, tags, categories, links and price.",
  }),
  search: arg.string({ description: "Matches title, subtitle, handle or description." }),
  sort: arg({ type: [productSort.input], description: "PRICE sorts by the request's price context (@inContext)." }),
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
      args: productListArgs(t.arg),
      resolve: (_root, args, ctx, info) => resolveProductConnection(ctx, info, args, {}),
    },
    ProductConnection,
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
    ProductCategoryConnection,
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
