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
