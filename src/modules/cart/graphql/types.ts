import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import * as shared from "../../../framework/graphql/line-shapes.ts";
import { registerReadScope } from "../../../framework/links/read-scope.ts";
import { formatAmount, type AmountInput } from "../../../framework/money/index.ts";
import { canReadCart, cartScope } from "./access.ts";
import { LineTotalsRef, CartTotalsRef, cartTotals, lineTotalsOf } from "./totals.ts";

const live = { deleted_at: null } as const;
const byId = { orderBy: { id: "asc" } } as const;
/** An amount of the cart's currency as a decimal string with the currency's digits ("19.90"). */
const money = (amount: AmountInput, currency: string) => formatAmount(amount, currency);
const currencyNote = "A decimal string in the cart's currency (currencyCode).";

registerReadScope("Cart", cartScope);

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
    amount: t.string({
      description: `The discount. ${currencyNote}`,
      select: { amount: true, item: { select: { cart: { select: { currency_code: true } } } } },
      resolve: (a) => money(a.amount, a.item.cart.currency_code),
    }),
    currencyCode: t.string({
      select: { item: { select: { cart: { select: { currency_code: true } } } } },
      resolve: (a) => a.item.cart.currency_code,
    }),
  }),
});

export const CartShippingMethodAdjustmentRef = builder.prismaObject("CartShippingMethodAdjustment", {
  authScopes: access.store,
  fields: (t) => ({
    ...shared.adjustmentFields(t),
    amount: t.string({
      description: `The discount. ${currencyNote}`,
      select: { amount: true, shipping_method: { select: { cart: { select: { currency_code: true } } } } },
      resolve: (a) => money(a.amount, a.shipping_method.cart.currency_code),
    }),
    currencyCode: t.string({
      select: { shipping_method: { select: { cart: { select: { currency_code: true } } } } },
      resolve: (a) => a.shipping_method.cart.currency_code,
    }),
  }),
});

const lineSelect = {
  cart: { select: { currency_code: true } },
  adjustments: { where: live, select: { amount: true, is_tax_inclusive: true } },
  tax_lines: { where: live, select: { rate: true } },
} as const;

export const CartLineItemRef = builder.prismaObject("CartLineItem", {
  authScopes: access.store,
  fields: (t) => ({
    ...shared.lineItemFields(t),
    quantity: t.exposeInt("quantity"),
    currencyCode: t.string({
      select: { cart: { select: { currency_code: true } } },
      resolve: (i) => i.cart.currency_code,
    }),
    unitPrice: t.string({
      description: currencyNote,
      select: { unit_price: true, cart: { select: { currency_code: true } } },
      resolve: (i) => money(i.unit_price, i.cart.currency_code),
    }),
    compareAtUnitPrice: t.string({
      nullable: true,
      description: `The price before a sale, when the item is on sale. ${currencyNote}`,
      select: { compare_at_unit_price: true, cart: { select: { currency_code: true } } },
      resolve: (i) => (i.compare_at_unit_price === null ? null : money(i.compare_at_unit_price, i.cart.currency_code)),
    }),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    totals: t.field({
      type: LineTotalsRef,
      description: "The item's subtotal, discounts, taxes and total.",
      select: { unit_price: true, quantity: true, is_tax_inclusive: true, ...lineSelect },
      resolve: (i) => lineTotalsOf({ ...i, amount: i.unit_price }, i.cart.currency_code),
    }),
  }),
});

export const CartShippingMethodRef = builder.prismaObject("CartShippingMethod", {
  authScopes: access.store,
  fields: (t) => ({
    ...shared.shippingMethodFields(t),
    currencyCode: t.string({
      select: { cart: { select: { currency_code: true } } },
      resolve: (m) => m.cart.currency_code,
    }),
    amount: t.string({
      description: currencyNote,
      select: { amount: true, cart: { select: { currency_code: true } } },
      resolve: (m) => money(m.amount, m.cart.currency_code),
    }),
    totals: t.field({
      type: LineTotalsRef,
      select: { amount: true, is_tax_inclusive: true, ...lineSelect },
      resolve: (m) => lineTotalsOf({ ...m, quantity: 1 }, m.cart.currency_code),
    }),
  }),
});

export const CartRef = builder.prismaNode("Cart", {
  // A storefront reads the carts of its key's channels that are guests' or its customer's own.
  authScopes: (cart, ctx) => canReadCart(cart, ctx) || access.admin,
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    currencyCode: t.exposeString("currency_code"),
    regionId: t.exposeString("region_id", { nullable: true }),
    salesChannelId: t.exposeString("sales_channel_id", { nullable: true }),
    customerId: t.exposeString("customer_id", { nullable: true }),
    email: t.exposeString("email", { nullable: true }),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    completedAt: t.expose("completed_at", { type: "DateTime", nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
    updatedAt: t.expose("updated_at", { type: "DateTime" }),
    shippingAddress: t.relation("shipping_address", { nullable: true }),
    billingAddress: t.relation("billing_address", { nullable: true }),
    items: t.relation("items", { query: { where: live, orderBy: [{ created_at: "asc" }, { id: "asc" }] } }),
    shippingMethods: t.relation("shipping_methods", { query: { where: live, ...byId } }),
    totals: t.field({
      type: CartTotalsRef,
      description: "Computed from the cart's lines, adjustments and tax lines on every read (never stale).",
      select: {
        currency_code: true,
        items: {
          where: live,
          select: {
            id: true,
            unit_price: true,
            quantity: true,
            is_tax_inclusive: true,
            adjustments: lineSelect.adjustments,
            tax_lines: lineSelect.tax_lines,
          },
        },
        shipping_methods: {
          where: live,
          select: {
            id: true,
            amount: true,
            is_tax_inclusive: true,
            adjustments: lineSelect.adjustments,
            tax_lines: lineSelect.tax_lines,
          },
        },
      },
      resolve: (cart) => cartTotals(cart),
    }),
  }),
});
