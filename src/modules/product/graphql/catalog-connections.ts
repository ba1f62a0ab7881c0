import { builder } from "../../../framework/graphql/builder.ts";
import { resolveModelConnection } from "../../../framework/graphql/root-list.ts";
import { ProductCategory } from "../models.ts";
import { ProductCategoryConnection, ProductConnection, productListArgs, resolveProductConnection } from "./queries.ts";
import { ProductCategoryRef, ProductCollectionRef, ProductRef } from "./types.ts";

// Browsing the catalogue: a category's and a collection's products, and a category's children,
// as connections that page, filter and sort like the root lists and keep the caller's read
// scope (a storefront: published products of its key's channels, active public categories).
builder.prismaObjectFields(ProductCategoryRef, (t) => ({
  products: t.connection(
    {
      type: ProductRef,
      description: "The category's products the caller may read, filtered and sorted like `products`.",
      args: productListArgs(t.arg),
      resolve: (category, args, ctx, info) =>
        resolveProductConnection(ctx, info, args, { categories: { id: category.id } }),
    },
    ProductConnection,
  ),
  children: t.connection(
    {
      type: ProductCategoryRef,
      description: "The category's direct children (for a storefront: active, public ones), by rank.",
      resolve: (category, args, ctx, info) =>
        resolveModelConnection<typeof category>(ctx, info, args, {
          model: ProductCategory,
          module: "product",
          filters: { parent_category_id: category.id },
          order: { rank: "ASC" },
        }),
    },
    ProductCategoryConnection,
  ),
}));

builder.prismaObjectFields(ProductCollectionRef, (t) => ({
  products: t.connection(
    {
      type: ProductRef,
      description: "The collection's products the caller may read, filtered and sorted like `products`.",
      args: productListArgs(t.arg),
      resolve: (collection, args, ctx, info) =>
        resolveProductConnection(ctx, info, args, { collection_id: collection.id }),
    },
    ProductConnection,
  ),
}));
