import { builder } from "../../../../../../src/framework/graphql/builder.ts";
import { DateTimeFilter, IDFilter, StringFilter, toServiceFilters } from "../../../../../../src/framework/graphql/filters.ts";
import { linkFilterFields, linkFilterRelations, registerModelFilter } from "../../../../../../src/framework/links/graphql-filters.ts";
import type { Filters } from "../../../../../../src/framework/modules/filters.ts";

type Ops<T> = { eq?: T | null; ne?: T | null; in?: T[] | null; nin?: T[] | null; lt?: T | null; lte?: T | null; gt?: T | null; gte?: T | null; like?: string | null; ilike?: string | null } | null;

export interface BrandFilterShape {
  id?: Ops<string>; name?: Ops<string>; handle?: Ops<string>; createdAt?: Ops<Date>;
  and?: BrandFilterShape[] | null; or?: BrandFilterShape[] | null;
  [link: string]: unknown;
}
export const BrandFilter = builder.inputRef<BrandFilterShape>("BrandFilter").implement({
  description: "Filters on a brand's fields and, through links, on linked records (`products: { title: … }`).",
  fields: (t) => ({
    id: t.field({ type: IDFilter }), name: t.field({ type: StringFilter }), handle: t.field({ type: StringFilter }),
    createdAt: t.field({ type: DateTimeFilter }),
    and: t.field({ type: [BrandFilter] }), or: t.field({ type: [BrandFilter] }),
    ...linkFilterFields("Brand", t),
  }),
});
export const brandFilters = (input: BrandFilterShape | null | undefined): Filters => toServiceFilters(input, {
  columns: { id: "id", name: "name", handle: "handle", createdAt: "created_at" },
  relations: linkFilterRelations("Brand"),
});
registerModelFilter("Brand", BrandFilter, brandFilters);
