import { filterInput } from "../../../framework/graphql/filter-input.ts";
import { SalesChannel } from "../models.ts";

// Registered for links: admins filter products by channel (`products(filter: { salesChannels: { id: { eq: "sc_…" } } })`).
export const salesChannelFilter = filterInput(SalesChannel, {
  description: "Filters on a sales channel's fields and, through links, on linked records.",
  columns: { id: true, name: true, is_disabled: true },
  links: true,
});
