import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { liveNode, recordFields } from "../../../framework/graphql/live-node.ts";

const live = { deleted_at: null } as const;
type Level = { stocked_quantity: number; reserved_quantity: number; location_id: string };
const sum = (levels: Level[], pick: (l: Level) => number) => levels.reduce((n, l) => n + pick(l), 0);

export const InventoryLevelRef = builder.prismaNode("InventoryLevel", {
  ...liveNode,
  authScopes: access.admin,
  fields: (t) => ({
    locationId: t.exposeID("location_id", { description: "A stock location id." }),
    stockedQuantity: t.exposeInt("stocked_quantity"),
    reservedQuantity: t.exposeInt("reserved_quantity"),
    incomingQuantity: t.exposeInt("incoming_quantity"),
    availableQuantity: t.int({
      description: "stocked − reserved.",
      resolve: (l) => l.stocked_quantity - l.reserved_quantity,
    }),
    inventoryItem: t.relation("inventory_item"),
  }),
});

export const InventoryItemRef = builder.prismaNode("InventoryItem", {
  ...liveNode,
  authScopes: access.admin,
  fields: (t) => {
    // A quantity summed over the item's live levels, or over those at `locationIds`.
    const overLevels = (description: string | undefined, pick: (l: Level) => number) =>
      t.int({
        description,
        args: { locationIds: t.arg.idList() },
        select: {
          levels: { where: live, select: { stocked_quantity: true, reserved_quantity: true, location_id: true } },
        },
        resolve: (item, args) =>
          sum(
            item.levels.filter((l) => !args.locationIds || args.locationIds.includes(l.location_id)),
            pick,
          ),
      });
    return {
      sku: t.exposeString("sku", { nullable: true }),
      title: t.exposeString("title", { nullable: true }),
      description: t.exposeString("description", { nullable: true }),
      requiresShipping: t.exposeBoolean("requires_shipping"),
      ...recordFields(t),
      levels: t.relation("levels", { query: { where: live, orderBy: { location_id: "asc" } } }),
      stockedQuantity: overLevels("Stocked over all locations, or over `locationIds`.", (l) => l.stocked_quantity),
      reservedQuantity: overLevels(undefined, (l) => l.reserved_quantity),
      availableQuantity: overLevels(
        "stocked − reserved over all locations, or over `locationIds`; loaded with the item's page (no extra query per item).",
        (l) => l.stocked_quantity - l.reserved_quantity,
      ),
    };
  },
});

export const ReservationRef = builder.prismaNode("ReservationItem", {
  ...liveNode,
  authScopes: access.admin,
  fields: (t) => ({
    locationId: t.exposeID("location_id"),
    quantity: t.exposeInt("quantity"),
    lineItemId: t.exposeID("line_item_id", { nullable: true }),
    description: t.exposeString("description", { nullable: true }),
    allowBackorder: t.exposeBoolean("allow_backorder"),
    createdAt: t.expose("created_at", { type: "DateTime" }),
    inventoryItem: t.relation("inventory_item"),
  }),
});
