/**
 * The inventory module's domain events, emitted by the core inventory workflows once the
 * workflow has succeeded. Every payload is `{ id }` of the item, level or reservation.
 */
export const InventoryEvents = {
  INVENTORY_ITEM_CREATED: "inventory-item.created",
  INVENTORY_ITEM_UPDATED: "inventory-item.updated",
  INVENTORY_ITEM_DELETED: "inventory-item.deleted",
  INVENTORY_LEVEL_CREATED: "inventory-level.created",
  INVENTORY_LEVEL_UPDATED: "inventory-level.updated",
  INVENTORY_LEVEL_DELETED: "inventory-level.deleted",
  RESERVATION_ITEM_CREATED: "reservation-item.created",
  RESERVATION_ITEM_UPDATED: "reservation-item.updated",
  RESERVATION_ITEM_DELETED: "reservation-item.deleted",
} as const;
