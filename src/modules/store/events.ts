/**
 * The store module's domain events, emitted by the core store workflows once the workflow has
 * succeeded. Every payload is `{ id }` of the store.
 */
export const StoreEvents = {
  STORE_CREATED: "store.created",
  STORE_UPDATED: "store.updated",
  STORE_DELETED: "store.deleted",
} as const;
