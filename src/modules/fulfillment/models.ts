import { model } from "../../framework/modules/model.ts";

export const ShippingProfile = model("ShippingProfile", { idPrefix: "sp", searchable: ["name", "type"] });
export const FulfillmentSet = model("FulfillmentSet", {
  idPrefix: "fuset",
  searchable: ["name"],
  cascades: { delete: ["service_zones"] },
});
export const ServiceZone = model("ServiceZone", {
  idPrefix: "serzo",
  searchable: ["name"],
  cascades: { delete: ["geo_zones", "shipping_options"] },
});
export const GeoZone = model("GeoZone", { idPrefix: "fgz", searchable: ["country_code", "city"] });
export const ShippingOptionType = model("ShippingOptionType", { idPrefix: "sotype", searchable: ["label", "code"] });
export const ShippingOption = model("ShippingOption", {
  idPrefix: "so",
  searchable: ["name"],
  cascades: { delete: ["rules"] },
});
export const ShippingOptionRule = model("ShippingOptionRule", { idPrefix: "sorul" });
/**
 * Ids are the registration keys (`manual_manual`), not prefixed ULIDs, so no `node(id:)` can find
 * one: kept out of the client schema (options show their `providerId`), read by query.graph.
 */
export const FulfillmentProvider = model("FulfillmentProvider", { graphql: "query" });
// Fulfillments are written by the order flows (createOrderFulfillment, returns); admins read them.
export const Fulfillment = model("Fulfillment", { idPrefix: "ful", cascades: { delete: ["items", "labels"] } });
export const FulfillmentItem = model("FulfillmentItem", { idPrefix: "fulit" });
export const FulfillmentLabel = model("FulfillmentLabel", { idPrefix: "fulla" });
