import { access } from "../../../framework/graphql/auth-scopes.ts";
import { InventoryItem, ReservationItem } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { listInputs } from "../../../framework/graphql/list-inputs.ts";
import { sortInput } from "../../../framework/graphql/sort.ts";
import { InventoryItemRef, ReservationRef } from "./types.ts";

const itemList = listInputs(InventoryItem, {
  filter: { columns: { id: true, sku: true, requires_shipping: true } },
  sort: ["sku", "title", "created_at"],
});
const reservationList = listInputs(ReservationItem, {
  filter: {
    name: "ReservationFilter",
    records: "reservations",
    columns: { id: true, inventory_item_id: true, location_id: true, line_item_id: true },
  },
  sort: sortInput("Reservation", { CREATED_AT: "created_at", QUANTITY: "quantity" }),
});

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
    list: itemList,
    module: "inventory",
    authScopes: access.admin,
    description: "Inventory items, filtered, searched (sku, title) and sorted.",
  }),
  reservations: rootList(t, {
    type: ReservationRef,
    name: "Reservation",
    list: reservationList,
    module: "inventory",
    authScopes: access.admin,
  }),
}));
