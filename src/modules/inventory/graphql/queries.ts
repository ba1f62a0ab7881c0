import { access } from "../../../framework/graphql/auth-scopes.ts";
import { InventoryItem, ReservationItem } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import {
  BooleanFilter,
  IDFilter,
  StringFilter,
  toServiceFilters,
  combinators,
  columnFilters,
  type FilterOps,
} from "../../../framework/graphql/filters.ts";
import { sortInput } from "../../../framework/graphql/sort.ts";
import type { Filters } from "../../../framework/modules/filters.ts";
import { InventoryItemRef, ReservationRef } from "./types.ts";

interface ItemFilterShape {
  id?: FilterOps;
  sku?: FilterOps;
  requiresShipping?: FilterOps<boolean>;
  and?: ItemFilterShape[] | null;
  or?: ItemFilterShape[] | null;
  not?: ItemFilterShape | null;
}
interface ReservationFilterShape {
  id?: FilterOps;
  inventoryItemId?: FilterOps;
  locationId?: FilterOps;
  lineItemId?: FilterOps;
  and?: ReservationFilterShape[] | null;
  or?: ReservationFilterShape[] | null;
  not?: ReservationFilterShape | null;
}

const InventoryItemFilter = builder.inputRef<ItemFilterShape>("InventoryItemFilter").implement({
  fields: (t) => ({
    ...columnFilters(t, "inventory items", { id: IDFilter, sku: StringFilter, requiresShipping: BooleanFilter }),
    ...combinators(t, InventoryItemFilter),
  }),
});
const ReservationFilter = builder.inputRef<ReservationFilterShape>("ReservationFilter").implement({
  fields: (t) => ({
    ...columnFilters(t, "reservations", {
      id: IDFilter,
      inventoryItemId: IDFilter,
      locationId: IDFilter,
      lineItemId: IDFilter,
    }),
    ...combinators(t, ReservationFilter),
  }),
});
const itemFilters = (input: ItemFilterShape | null | undefined): Filters =>
  toServiceFilters(input, { columns: { id: "id", sku: "sku", requiresShipping: "requires_shipping" } });
const reservationFilters = (input: ReservationFilterShape | null | undefined): Filters =>
  toServiceFilters(input, {
    columns: { id: "id", inventoryItemId: "inventory_item_id", locationId: "location_id", lineItemId: "line_item_id" },
  });
const itemSort = sortInput("InventoryItem", { SKU: "sku", TITLE: "title", CREATED_AT: "created_at" });
const reservationSort = sortInput("Reservation", { CREATED_AT: "created_at", QUANTITY: "quantity" });

builder.queryFields((t) => ({
  inventoryItem: t.prismaField({
    authScopes: access.admin,
    type: InventoryItemRef,
    nullable: true,
    description: "An inventory item by id with its stock levels (admins only); null when unknown.",
    args: { id: t.arg.id({ required: true, description: "The inventory item's id (iitem_…)." }) },
    resolve: async (query, _root, args, ctx) =>
      (await ctx.scope.resolve("inventory").listInventoryItems({ id: args.id }, { take: 1, prismaQuery: query }))[0] ??
      null,
  }),
  inventoryItems: rootList(t, {
    type: InventoryItemRef,
    model: InventoryItem,
    module: "inventory",
    authScopes: access.admin,
    description: "Inventory items, filtered, searched (sku, title) and sorted.",
    args: {
      filter: t.arg({ type: InventoryItemFilter }),
      search: t.arg.string(),
      sort: t.arg({ type: [itemSort.input] }),
    },
    filters: (args) => ({ ...itemFilters(args.filter), q: args.search ?? undefined }),
    order: (args) => itemSort.toOrder(args.sort),
  }),
  reservations: rootList(t, {
    type: ReservationRef,
    name: "Reservation",
    model: ReservationItem,
    module: "inventory",
    authScopes: access.admin,
    args: {
      filter: t.arg({ type: ReservationFilter }),
      search: t.arg.string(),
      sort: t.arg({ type: [reservationSort.input] }),
    },
    filters: (args) => ({ ...reservationFilters(args.filter), q: args.search ?? undefined }),
    order: (args) => reservationSort.toOrder(args.sort),
  }),
}));
