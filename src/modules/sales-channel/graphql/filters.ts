import { builder } from "../../../framework/graphql/builder.ts";
import {
  BooleanFilter,
  IDFilter,
  StringFilter,
  toServiceFilters,
  type FilterOps,
  combinators,
  columnFilters,
} from "../../../framework/graphql/filters.ts";
import {
  linkFilterFields,
  linkFilterRelations,
  registerModelFilter,
} from "../../../framework/links/graphql-filters.ts";
import type { Filters } from "../../../framework/modules/filters.ts";

export interface SalesChannelFilterShape {
  id?: FilterOps;
  name?: FilterOps;
  isDisabled?: FilterOps<boolean>;
  and?: SalesChannelFilterShape[] | null;
  or?: SalesChannelFilterShape[] | null;
  not?: SalesChannelFilterShape | null;
  [link: string]: unknown;
}
// Registered for links: admins filter products by channel (`products(filter: { salesChannels: { id: { eq: "sc_…" } } })`).
export const SalesChannelFilter = builder.inputRef<SalesChannelFilterShape>("SalesChannelFilter").implement({
  description: "Filters on a sales channel's fields and, through links, on linked records.",
  fields: (t) => ({
    ...columnFilters(t, "sales channels", { id: IDFilter, name: StringFilter, isDisabled: BooleanFilter }),
    ...combinators(t, SalesChannelFilter),
    ...linkFilterFields("SalesChannel", t),
  }),
});
export const salesChannelFilters = (input: SalesChannelFilterShape | null | undefined): Filters =>
  toServiceFilters(input, {
    columns: { id: "id", name: "name", isDisabled: "is_disabled" },
    relations: linkFilterRelations("SalesChannel"),
  });
registerModelFilter("SalesChannel", SalesChannelFilter, salesChannelFilters);
