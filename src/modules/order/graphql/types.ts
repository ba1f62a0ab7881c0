import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { lineMoney } from "../../../framework/graphql/line-money.ts";
import * as shared from "../../../framework/graphql/line-shapes.ts";
import { registerReadScope } from "../../../framework/links/read-scope.ts";
import { canReadOrder, orderScope } from "./access.ts";
import { liveNode } from "../../../framework/graphql/live-node.ts";

registerReadScope("Order", orderScope);
// OrderLineTotals and OrderTotals, and the money fields in the order's currency.
const money = lineMoney("order");

// Children are read only through their order (whose rule decides), so they take the store scope.
export const OrderAddressRef = builder.prismaObject("OrderAddress", {
  authScopes: access.store,
  fields: shared.addressFields,
});

export const OrderLineItemTaxLineRef = builder.prismaObject("OrderLineItemTaxLine", {
  authScopes: access.store,
  fields: shared.taxLineFields,
});
export const OrderShippingMethodTaxLineRef = builder.prismaObject("OrderShippingMethodTaxLine", {
  authScopes: access.store,
  fields: shared.taxLineFields,
});

export const OrderLineItemAdjustmentRef = builder.prismaObject("OrderLineItemAdjustment", {
  authScopes: access.store,
  fields: (t) => ({ ...shared.adjustmentFields(t), amount: money.adjustmentAmountField("item", t) }),
});

export const OrderShippingMethodAdjustmentRef = builder.prismaObject("OrderShippingMethodAdjustment", {
  authScopes: access.store,
  fields: (t) => ({ ...shared.adjustmentFields(t), amount: money.adjustmentAmountField("shipping_method", t) }),
});

export const OrderLineItemRef = builder.prismaObject("OrderLineItem", {
  authScopes: access.store,
  fields: (t) => ({
    ...shared.lineItemFields(t),
    ...money.itemFields(t, "The price before a sale, when the item was on sale."),
    quantity: t.exposeInt("quantity", { description: "How many were ordered." }),
    fulfilledQuantity: t.exposeInt("fulfilled_quantity"),
    shippedQuantity: t.exposeInt("shipped_quantity"),
  }),
});

export const OrderShippingMethodRef = builder.prismaObject("OrderShippingMethod", {
  authScopes: access.store,
  fields: (t) => ({ ...shared.shippingMethodFields(t), ...money.shippingMethodFields(t) }),
});

export const OrderRef = builder.prismaNode("Order", {
  ...liveNode,
  // Its customer, a key of its channel for a guest's order, or an admin (see access.ts).
  authScopes: (order, ctx) => canReadOrder(order, ctx) || { admin: true },
  fields: (t) => ({
    displayId: t.exposeInt("display_id", { description: "A human number, sequential per store." }),
    status: t.exposeString("status", {
      description: "draft (a draft order, admins only), pending, completed, canceled, archived or requires_action.",
    }),
    ...shared.ownerFields(t),
    totals: money.totalsField(t, "Computed from the order's lines, adjustments and tax lines, as a cart's are."),
  }),
});
