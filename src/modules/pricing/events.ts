/**
 * The pricing module's domain events, emitted by the core pricing workflows once the workflow
 * has succeeded. Every payload is `{ id }` of the record concerned. (Medusa's module-level
 * `PricingEvents` name service writes; these name what an admin did, like `product.created`.)
 */
export const PricingEvents = {
  PRICE_SET_CREATED: "price-set.created",
  PRICE_SET_UPDATED: "price-set.updated",
  PRICE_SET_DELETED: "price-set.deleted",
  PRICE_LIST_CREATED: "price-list.created",
  PRICE_LIST_UPDATED: "price-list.updated",
  PRICE_LIST_DELETED: "price-list.deleted",
  PRICE_PREFERENCE_CREATED: "price-preference.created",
  PRICE_PREFERENCE_UPDATED: "price-preference.updated",
  PRICE_PREFERENCE_DELETED: "price-preference.deleted",
} as const;

/** The payload of every pricing event. */
export interface PricingEventData {
  id: string;
}
