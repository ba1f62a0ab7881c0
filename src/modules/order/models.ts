import { model } from "../../framework/modules/model.ts";

// Prisma names models globally (carts have line items too), hence the Order prefix; the service
// keeps Medusa's method names (listLineItems, listShippingMethods, ...).
export const Order = model("Order", {
  idPrefix: "order",
  searchable: ["email"],
  cascades: { delete: ["items", "shipping_methods"] },
});
export const OrderAddress = model("OrderAddress", { singular: "Address", plural: "Addresses", idPrefix: "ordaddr" });
export const OrderLineItem = model("OrderLineItem", {
  singular: "LineItem",
  idPrefix: "ordli",
  cascades: { delete: ["adjustments", "tax_lines"] },
});
export const OrderLineItemAdjustment = model("OrderLineItemAdjustment", {
  singular: "LineItemAdjustment",
  idPrefix: "ordliadj",
});
export const OrderLineItemTaxLine = model("OrderLineItemTaxLine", {
  singular: "LineItemTaxLine",
  idPrefix: "ordlitxl",
});
export const OrderShippingMethod = model("OrderShippingMethod", {
  singular: "ShippingMethod",
  idPrefix: "ordsm",
  cascades: { delete: ["adjustments", "tax_lines"] },
});
export const OrderShippingMethodAdjustment = model("OrderShippingMethodAdjustment", {
  singular: "ShippingMethodAdjustment",
  idPrefix: "ordsmadj",
});
export const OrderShippingMethodTaxLine = model("OrderShippingMethodTaxLine", {
  singular: "ShippingMethodTaxLine",
  idPrefix: "ordsmtxl",
});
export const OrderChange = model("OrderChange", { idPrefix: "ordch", cascades: { delete: ["actions"] } });
export const OrderChangeAction = model("OrderChangeAction", { idPrefix: "ordchact" });
export const OrderTransaction = model("OrderTransaction", { idPrefix: "ordtx" });
export const Return = model("Return", { idPrefix: "ret", cascades: { delete: ["items"] } });
export const ReturnItem = model("ReturnItem", { idPrefix: "retitem" });
export const ReturnReason = model("ReturnReason", { idPrefix: "rr", searchable: ["value", "label"] });
export const OrderExchange = model("OrderExchange", {
  singular: "Exchange",
  idPrefix: "oexc",
  cascades: { delete: ["items"] },
});
export const OrderExchangeItem = model("OrderExchangeItem", { singular: "ExchangeItem", idPrefix: "oexcitem" });
export const OrderClaim = model("OrderClaim", {
  singular: "Claim",
  idPrefix: "claim",
  cascades: { delete: ["items"] },
});
export const OrderClaimItem = model("OrderClaimItem", { singular: "ClaimItem", idPrefix: "claitem" });
