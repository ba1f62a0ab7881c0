import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { lineTotalsOf, totalsOf, totalsTypes } from "../../../framework/graphql/totals-types.ts";
import * as shared from "../../../framework/graphql/line-shapes.ts";
import { registerReadScope } from "../../../framework/links/read-scope.ts";
import { formatAmount } from "../../../framework/money/index.ts";
import { canReadOrder, orderScope } from "./access.ts";

const live = { deleted_at: null } as const;
const byId = { orderBy: { id: "asc" } } as const;
const currencyNote = "A decimal string in the order's currency (currencyCode).";

registerReadScope("Order", orderScope);
const { LineTotalsRef, TotalsRef } = totalsTypes("Order");

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
  fields: (t) => ({
    ...shared.adjustmentFields(t),
    amount: t.string({
      description: `The discount. ${currencyNote}`,
      select: { amount: true, item: { select: { order: { select: { currency_code: true } } } } },
      resolve: (a) => formatAmount(a.amount, a.item.order.currency_code),
    }),
  }),
});

export const OrderShippingMethodAdjustmentRef = builder.prismaObject("OrderShippingMethodAdjustment", {
  authScopes: access.store,
  fields: (t) => ({
    ...shared.adjustmentFields(t),
    amount: t.string({
      description: `The discount. ${currencyNote}`,
      select: { amount: true, shipping_method: { select: { order: { select: { currency_code: true } } } } },
      resolve: (a) => formatAmount(a.amount, a.shipping_method.order.currency_code),
    }),
  }),
});

const lineSelect = {
  order: { select: { currency_code: true } },
  adjustments: { where: live, select: { amount: true, is_tax_inclusive: true } },
  tax_lines: { where: live, select: { rate: true } },
} as const;

export const OrderLineItemRef = builder.prismaObject("OrderLineItem", {
  authScopes: access.store,
  fields: (t) => ({
    ...shared.lineItemFields(t),
    quantity: t.exposeInt("quantity", { description: "How many were ordered." }),
    fulfilledQuantity: t.exposeInt("fulfilled_quantity"),
    shippedQuantity: t.exposeInt("shipped_quantity"),
    unitPrice: t.string({
      description: currencyNote,
      select: { unit_price: true, order: { select: { currency_code: true } } },
      resolve: (i) => formatAmount(i.unit_price, i.order.currency_code),
    }),
    compareAtUnitPrice: t.string({
      nullable: true,
      description: `The price before a sale, when the item was on sale. ${currencyNote}`,
      select: { compare_at_unit_price: true, order: { select: { currency_code: true } } },
      resolve: (i) =>
        i.compare_at_unit_price === null ? null : formatAmount(i.compare_at_unit_price, i.order.currency_code),
    }),
    totals: t.field({
      type: LineTotalsRef,
      description: "The item's subtotal, discounts, taxes and total.",
      select: { unit_price: true, quantity: true, is_tax_inclusive: true, ...lineSelect },
      resolve: (i) => lineTotalsOf({ ...i, amount: i.unit_price }, i.order.currency_code),
    }),
  }),
});

export const OrderShippingMethodRef = builder.prismaObject("OrderShippingMethod", {
  authScopes: access.store,
  fields: (t) => ({
    ...shared.shippingMethodFields(t),
    amount: t.string({
      description: currencyNote,
      select: { amount: true, order: { select: { currency_code: true } } },
      resolve: (m) => formatAmount(m.amount, m.order.currency_code),
    }),
    totals: t.field({
      type: LineTotalsRef,
      select: { amount: true, is_tax_inclusive: true, ...lineSelect },
      resolve: (m) => lineTotalsOf({ ...m, quantity: 1 }, m.order.currency_code),
    }),
  }),
});

const totalsLine = {
  id: true,
  is_tax_inclusive: true,
  adjustments: lineSelect.adjustments,
  tax_lines: lineSelect.tax_lines,
} as const;

export const OrderRef = builder.prismaNode("Order", {
  // Its customer, a key of its channel for a guest's order, or an admin (see access.ts).
  authScopes: (order, ctx) => canReadOrder(order, ctx) || { admin: true },
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    displayId: t.exposeInt("display_id", { description: "A human number, sequential per store." }),
    status: t.exposeString("status", {
      description: "draft (a draft order, admins only), pending, completed, canceled, archived or requires_action.",
    }),
    currencyCode: t.exposeString("currency_code"),
    regionId: t.exposeString("region_id", { nullable: true }),
    salesChannelId: t.exposeString("sales_channel_id", { nullable: true }),
    customerId: t.exposeString("customer_id", { nullable: true }),
    email: t.exposeString("email", { nullable: true }),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
    shippingAddress: t.relation("shipping_address", { nullable: true }),
    billingAddress: t.relation("billing_address", { nullable: true }),
    items: t.relation("items", { query: { where: live, orderBy: [{ created_at: "asc" }, { id: "asc" }] } }),
    shippingMethods: t.relation("shipping_methods", { query: { where: live, ...byId } }),
    totals: t.field({
      type: TotalsRef,
      description: "Computed from the order's lines, adjustments and tax lines, as a cart's are.",
      select: {
        currency_code: true,
        items: { where: live, select: { ...totalsLine, unit_price: true, quantity: true } },
        shipping_methods: { where: live, select: { ...totalsLine, amount: true } },
      },
      resolve: (o) =>
        totalsOf({
          currency_code: o.currency_code,
          items: o.items.map((i) => ({ ...i, unit_price: i.unit_price.toString() })),
          shipping_methods: o.shipping_methods.map((m) => ({ ...m, amount: m.amount.toString() })),
        }),
    }),
  }),
});
