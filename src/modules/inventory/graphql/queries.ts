import { access } from "../../../framework/graphql/auth-scopes.ts";
import { InventoryItem, ReservationItem } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { listInputs } from "../../../framework/graphql/list-inputs.ts";
import { sortInput } from "../../../framework/graphql/sort.ts";
import { InventoryItemRef, ReservationRef } from "./types.ts";
import { rootRecord } from "../../../framework/graphql/root-record.ts";

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
  inventoryItem: rootRecord(t, {
    type: InventoryItemRef,
    model: InventoryItem,
    module: "inventory",
    authScopes: access.admin,
    description: "An inventory item by id with its stock levels (admins only); null when unknown.",
    idDescription: "The inventory item's id (iitem_…).",
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
