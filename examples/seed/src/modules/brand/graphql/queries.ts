import { access } from "../../../../../../src/framework/graphql/auth-scopes.ts";
import { rootList } from "../../../../../../src/framework/graphql/root-list.ts";
import { builder } from "../../../../../../src/framework/graphql/builder.ts";
import { sortInput } from "../../../../../../src/framework/graphql/sort.ts";
import { TesseraError } from "../../../../../../src/framework/errors/tessera-error.ts";
import { linkSortColumns } from "../../../../../../src/framework/links/graphql-filters.ts";
import { BrandFilter, brandFilters } from "./filters.ts";
import { Brand } from "../models.ts";
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
    args: {
      id: t.arg.id({ description: "The brand's id (brand_…); give it or handle, not both." }),
      handle: t.arg.string({ description: "The brand's URL handle; an unknown handle answers null." }),
    },
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
  brands: rootList(t, {
    type: BrandRef,
    model: Brand,
    module: "brand",
    authScopes: access.store,
    description: "Brands, filtered (also through links), searched (name, handle) and sorted.",
    args: { filter: t.arg({ type: BrandFilter }), search: t.arg.string(), sort: t.arg({ type: [brandSort.input] }) },
    filters: (args) => ({ ...brandFilters(args.filter), q: args.search ?? undefined }),
    order: (args) => brandSort.toOrder(args.sort),
  }),
}));
