import { model } from "../../framework/modules/model.ts";

// Prisma names models globally (an order module will have line items too), hence the Cart prefix;
// the service keeps Medusa's method names (createLineItems, listShippingMethods, ...).
export const Cart = model("Cart", {
  idPrefix: "cart",
  searchable: ["email"],
  cascades: { delete: ["items", "shipping_methods"] },
});
export const CartAddress = model("CartAddress", { singular: "Address", plural: "Addresses", idPrefix: "caaddr" });
export const CartLineItem = model("CartLineItem", {
  singular: "LineItem",
  idPrefix: "cali",
  cascades: { delete: ["adjustments", "tax_lines"] },
});
export const CartLineItemAdjustment = model("CartLineItemAdjustment", {
  singular: "LineItemAdjustment",
  idPrefix: "caliadj",
});
export const CartLineItemTaxLine = model("CartLineItemTaxLine", { singular: "LineItemTaxLine", idPrefix: "calitxl" });
export const CartShippingMethod = model("CartShippingMethod", {
  singular: "ShippingMethod",
  idPrefix: "casm",
  cascades: { delete: ["adjustments", "tax_lines"] },
});
export const CartShippingMethodAdjustment = model("CartShippingMethodAdjustment", {
  singular: "ShippingMethodAdjustment",
  idPrefix: "casmadj",
});
export const CartShippingMethodTaxLine = model("CartShippingMethodTaxLine", {
  singular: "ShippingMethodTaxLine",
  idPrefix: "casmtxl",
});
