/**
 * The stock-location module's domain events, emitted by the core stock-location workflows once
 * the workflow has succeeded. Every payload is `{ id }` of the location.
 */
export const StockLocationEvents = {
  STOCK_LOCATION_CREATED: "stock-location.created",
  STOCK_LOCATION_UPDATED: "stock-location.updated",
  STOCK_LOCATION_DELETED: "stock-location.deleted",
} as const;
