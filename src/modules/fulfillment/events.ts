/**
 * The fulfillment module's domain events, emitted by the core fulfillment workflows once the
 * workflow has succeeded. Every payload is `{ id }`.
 */
export const FulfillmentEvents = {
  SHIPPING_PROFILE_CREATED: "shipping_profile.created",
  SHIPPING_PROFILE_UPDATED: "shipping_profile.updated",
  SHIPPING_PROFILE_DELETED: "shipping_profile.deleted",
  FULFILLMENT_SET_CREATED: "fulfillment_set.created",
  FULFILLMENT_SET_DELETED: "fulfillment_set.deleted",
  SERVICE_ZONE_CREATED: "service_zone.created",
  SERVICE_ZONE_UPDATED: "service_zone.updated",
  SERVICE_ZONE_DELETED: "service_zone.deleted",
  SHIPPING_OPTION_CREATED: "shipping_option.created",
  SHIPPING_OPTION_UPDATED: "shipping_option.updated",
  SHIPPING_OPTION_DELETED: "shipping_option.deleted",
} as const;
