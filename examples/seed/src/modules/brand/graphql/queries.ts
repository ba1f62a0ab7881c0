import { access } from "../../../../../../src/framework/graphql/auth-scopes.ts";
import { builder } from "../../../../../../src/framework/graphql/builder.ts";
import { resolveCountedConnection } from "../../../../../../src/framework/graphql/connection.ts";
import { sortInput } from "../../../../../../src/framework/graphql/sort.ts";
import { TesseraError } from "../../../../../../src/framework/errors/tessera-error.ts";
import { linkSortColumns } from "../../../../../../src/framework/links/graphql-filters.ts";
import { linkedConnectionPage } from "../../../../../../src/framework/links/linked-list.ts";
import { BrandFilter, brandFilters } from "./filters.ts";
import { BrandRef } from "./types.ts";

const brandSort = sortInput("Brand", {
  NAME: "name",
  HANDLE: "handle",
  CREATED_AT: "created_at",
  ...linkSortColumns("Brand"),
});

builder.queryFields((t) => ({
  brand: t.prismaField({
    authScopes: access.store,
    type: BrandRef,
    nullable: true,
    description: "A brand by id or handle; an unknown id is NOT_FOUND.",
    args: { id: t.arg.id(), handle: t.arg.string() },
    resolve: async (query, _root, args, ctx) => {
      if (!args.id === !args.handle)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, "Pass exactly one of id or handle", { field: ["id"] });
      const [brand] = await ctx.scope
        .resolve("brand")
        .listBrands(args.id ? { id: args.id } : { handle: args.handle ?? "" }, { take: 1, prismaQuery: query });
      if (!brand && args.id)
        throw new TesseraError(TesseraError.Types.NOT_FOUND, `Brand with id: ${args.id} was not found`);
      return brand ?? null;
    },
  }),
  brands: t.connection(
    {
      authScopes: access.store,
      type: BrandRef,
      description: "Brands, filtered (also through links), searched (name, handle) and sorted.",
      args: { filter: t.arg({ type: BrandFilter }), search: t.arg.string(), sort: t.arg({ type: [brandSort.input] }) },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) => {
          const service = ctx.scope.resolve("brand");
          return linkedConnectionPage(ctx, info, {
            model: "Brand",
            filters: { ...brandFilters(args.filter), q: args.search ?? undefined },
            order: brandSort.toOrder(args.sort),
            skip,
            take,
            listAndCount: (filters, config) => service.listAndCountBrands(filters, config),
            list: (filters, config) => service.listBrands(filters, config),
          });
        }),
    },
    { name: "BrandConnection" },
    { name: "BrandEdge" },
  ),
}));
