import { builder } from "../../../../../../src/framework/graphql/builder.ts";
import {
  DateTimeFilter,
  IDFilter,
  StringFilter,
  toServiceFilters,
  combinators,
  columnFilters,
  type FilterOps,
} from "../../../../../../src/framework/graphql/filters.ts";
import {
  linkFilterFields,
  linkFilterRelations,
  registerModelFilter,
} from "../../../../../../src/framework/links/graphql-filters.ts";
import type { Filters } from "../../../../../../src/framework/modules/filters.ts";

export interface BrandFilterShape {
  id?: FilterOps<string>;
  name?: FilterOps<string>;
  handle?: FilterOps<string>;
  createdAt?: FilterOps<Date>;
  and?: BrandFilterShape[] | null;
  or?: BrandFilterShape[] | null;
  not?: BrandFilterShape | null;
  [link: string]: unknown;
}
export const BrandFilter = builder.inputRef<BrandFilterShape>("BrandFilter").implement({
  description: "Filters on a brand's fields and, through links, on linked records (`products: { title: … }`).",
  fields: (t) => ({
    ...columnFilters(t, "brands", {
      id: IDFilter,
      name: StringFilter,
      handle: StringFilter,
      createdAt: DateTimeFilter,
    }),
    ...combinators(t, BrandFilter),
    ...linkFilterFields("Brand", t),
  }),
});
export const brandFilters = (input: BrandFilterShape | null | undefined): Filters =>
  toServiceFilters(input, {
    columns: { id: "id", name: "name", handle: "handle", createdAt: "created_at" },
    relations: linkFilterRelations("Brand"),
  });
registerModelFilter("Brand", BrandFilter, brandFilters);
