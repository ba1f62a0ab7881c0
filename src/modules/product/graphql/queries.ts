import { access } from "../../../framework/graphql/auth-scopes.ts";
import { Product, ProductCategory, ProductCollection, ProductTag, ProductType, ProductVariant } from "../models.ts";
import { resolveModelConnection, rootList } from "../../../framework/graphql/root-list.ts";
import { type ListArgs, listArgs, listFilters, listInputs, listOrder } from "../../../framework/graphql/list-inputs.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { sortInput } from "../../../framework/graphql/sort.ts";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { typenameForId } from "../../../framework/graphql/node-ids.ts";
import { linkSortColumns } from "../../../framework/links/graphql-filters.ts";
import { linkedLookup } from "../../../framework/links/linked-list.ts";
import { scopedFilters } from "../../../framework/links/read-scope.ts";
import type { ArgBuilder } from "@pothos/core";
import type { DefaultConnectionArguments } from "@pothos/plugin-relay";
import type { GraphQLResolveInfo } from "graphql";
import type { BuilderTypes } from "../../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import type { Filters } from "../../../framework/modules/filters.ts";
import type { Product as ProductRow } from "../../../generated/prisma/client.ts";
import {
  PRODUCT_PRICE,
  productCategoryFilter,
  productFilter,
  productTagFilter,
  productVariantFilter,
} from "./filters.ts";
import {
  ProductCategoryRef,
  ProductCollectionRef,
  ProductRef,
  ProductTagRef,
  ProductTypeRef,
  ProductVariantRef,
} from "./types.ts";

/** The filter, search and sort of every product list: root `products`, a category's or a collection's. */
export const productList = listInputs(Product, {
  filter: productFilter,
  // Links add sort values for a single linked record's columns (BRAND_NAME).
  sort: sortInput("Product", {
    TITLE: "title",
    HANDLE: "handle",
    STATUS: "status",
    CREATED_AT: "created_at",
    UPDATED_AT: "updated_at",
    PRICE: PRODUCT_PRICE,
    ...linkSortColumns("Product"),
  }),
  descriptions: {
    filter: "Filters on the product, its variants, tags, categories, links and price.",
    search: "Matches title, subtitle, handle or description.",
    sort: "PRICE sorts by the request's price context (@inContext).",
  },
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

/**
 * A keyset page of the products the caller may read (its read scope) that match `within` (a
 * category, a collection) and the list's filter, search and sort. PRICE and `price` are computed
 * in SQL for the request's price context, in the page's statement.
 */
export function resolveProductConnection(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  args: DefaultConnectionArguments & ListArgs,
  within: Filters,
) {
  return resolveModelConnection<ProductRow>(ctx, info, args, {
    model: Product,
    module: "product",
    filters: { $and: [within, listFilters(productList, args)] },
    order: listOrder(productList, args),
  });
}

/** The arguments every product list takes. */
export const productListArgs = (arg: ArgBuilder<BuilderTypes>) => listArgs(arg, productList);

const labelSort = sortInput("ProductLabel", { VALUE: "value", CREATED_AT: "created_at" });

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
    args: {
      id: t.arg.id({ description: "The product's id (prod_…); give it or handle, not both." }),
      handle: t.arg.string({ description: "The product's URL handle; an unknown handle answers null." }),
    },
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
  products: rootList(t, {
    type: ProductRef,
    list: productList,
    module: "product",
    authScopes: access.store,
    connection: ProductConnection,
    description: "Products, filtered (also through links), searched (title, subtitle, handle, description) and sorted.",
  }),
  productVariants: rootList(t, {
    type: ProductVariantRef,
    list: listInputs(ProductVariant, {
      filter: productVariantFilter,
      sort: sortInput("ProductVariant", { TITLE: "title", SKU: "sku", RANK: "variant_rank", CREATED_AT: "created_at" }),
    }),
    module: "product",
    authScopes: access.store,
  }),
  productCategory: t.prismaField({
    authScopes: access.store,
    type: ProductCategoryRef,
    nullable: true,
    description:
      "A category by id or handle (exactly one, else INVALID_DATA); null when unknown. Storefronts see only active, public categories.",
    args: {
      id: t.arg.id({ description: "The category's id (pcat_…)." }),
      handle: t.arg.string({ description: "The category's URL handle." }),
    },
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
  productCategories: rootList(t, {
    type: ProductCategoryRef,
    list: listInputs(ProductCategory, {
      filter: productCategoryFilter,
      sort: ["name", "rank", "handle", "created_at"],
    }),
    module: "product",
    connection: ProductCategoryConnection,
    authScopes: access.store,
  }),
  productCollection: t.prismaField({
    authScopes: access.store,
    type: ProductCollectionRef,
    nullable: true,
    description: "A collection by id or handle (exactly one, else INVALID_DATA); null when unknown.",
    args: {
      id: t.arg.id({ description: "The collection's id (pcol_…)." }),
      handle: t.arg.string({ description: "The collection's URL handle." }),
    },
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
  productCollections: rootList(t, {
    type: ProductCollectionRef,
    list: listInputs(ProductCollection, { sort: ["title", "handle", "created_at"] }),
    module: "product",
    authScopes: access.store,
  }),
  productTags: rootList(t, {
    type: ProductTagRef,
    list: listInputs(ProductTag, { filter: productTagFilter, sort: labelSort }),
    module: "product",
    authScopes: access.store,
  }),
  productTypes: rootList(t, {
    type: ProductTypeRef,
    list: listInputs(ProductType, { sort: labelSort }),
    module: "product",
    authScopes: access.store,
  }),
}));
