import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { lineMoney } from "../../../framework/graphql/line-money.ts";
import * as shared from "../../../framework/graphql/line-shapes.ts";
import { registerReadScope } from "../../../framework/links/read-scope.ts";
import { canReadCart, cartScope } from "./access.ts";
import { liveNode } from "../../../framework/graphql/live-node.ts";

registerReadScope("Cart", cartScope);
// CartLineTotals and CartTotals, and the money fields in the cart's currency.
const money = lineMoney("cart");

export const CartAddressRef = builder.prismaObject("CartAddress", {
  authScopes: access.store,
  fields: (t) => ({ ...shared.addressFields(t), metadata: t.expose("metadata", { type: "JSON", nullable: true }) }),
});

export const CartLineItemTaxLineRef = builder.prismaObject("CartLineItemTaxLine", {
  authScopes: access.store,
  fields: (t) => ({ ...shared.taxLineFields(t), providerId: t.exposeString("provider_id", { nullable: true }) }),
});

export const CartShippingMethodTaxLineRef = builder.prismaObject("CartShippingMethodTaxLine", {
  authScopes: access.store,
  fields: (t) => ({ ...shared.taxLineFields(t), providerId: t.exposeString("provider_id", { nullable: true }) }),
});

export const CartLineItemAdjustmentRef = builder.prismaObject("CartLineItemAdjustment", {
  authScopes: access.store,
  fields: (t) => ({
    ...shared.adjustmentFields(t),
    amount: money.adjustmentAmountField("item", t),
    currencyCode: money.adjustmentCurrencyField("item", t),
  }),
});

export const CartShippingMethodAdjustmentRef = builder.prismaObject("CartShippingMethodAdjustment", {
  authScopes: access.store,
  fields: (t) => ({
    ...shared.adjustmentFields(t),
    amount: money.adjustmentAmountField("shipping_method", t),
    currencyCode: money.adjustmentCurrencyField("shipping_method", t),
  }),
});

export const CartLineItemRef = builder.prismaObject("CartLineItem", {
  authScopes: access.store,
  fields: (t) => ({
    ...shared.lineItemFields(t),
    ...money.itemFields(t, "The price before a sale, when the item is on sale."),
    quantity: t.exposeInt("quantity"),
    currencyCode: money.currencyField(t),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
  }),
});

export const CartShippingMethodRef = builder.prismaObject("CartShippingMethod", {
  authScopes: access.store,
  fields: (t) => ({
    ...shared.shippingMethodFields(t),
    ...money.shippingMethodFields(t),
    currencyCode: money.currencyField(t),
  }),
});

export const CartRef = builder.prismaNode("Cart", {
  ...liveNode,
  // A storefront reads the carts of its key's channels that are guests' or its customer's own.
  authScopes: (cart, ctx) => canReadCart(cart, ctx) || access.admin,
  fields: (t) => ({
    ...shared.ownerFields(t),
    completedAt: t.expose("completed_at", { type: "DateTime", nullable: true }),
    updatedAt: t.expose("updated_at", { type: "DateTime" }),
    totals: money.totalsField(
      t,
      "Computed from the cart's lines, adjustments and tax lines on every read (never stale).",
    ),
  }),
});
