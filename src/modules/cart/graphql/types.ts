import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
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
  fields: (t) => ({
    id: t.exposeID("id"),
    firstName: t.exposeString("first_name", { nullable: true }),
    lastName: t.exposeString("last_name", { nullable: true }),
    company: t.exposeString("company", { nullable: true }),
    address1: t.exposeString("address_1", { nullable: true }),
    address2: t.exposeString("address_2", { nullable: true }),
    city: t.exposeString("city", { nullable: true }),
    countryCode: t.exposeString("country_code", { nullable: true, description: "ISO 3166-1 alpha-2, lowercase." }),
    province: t.exposeString("province", { nullable: true }),
    postalCode: t.exposeString("postal_code", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
  }),
});

export const CartLineItemTaxLineRef = builder.prismaObject("CartLineItemTaxLine", {
  authScopes: access.store,
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    rate: t.string({
      description: 'A percentage as a decimal string: "20" is 20 %.',
      resolve: (l) => l.rate.toFixed(),
    }),
    description: t.exposeString("description", { nullable: true }),
    providerId: t.exposeString("provider_id", { nullable: true }),
    taxRateId: t.exposeString("tax_rate_id", { nullable: true }),
  }),
});

export const CartShippingMethodTaxLineRef = builder.prismaObject("CartShippingMethodTaxLine", {
  authScopes: access.store,
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    rate: t.string({
      description: 'A percentage as a decimal string: "20" is 20 %.',
      resolve: (l) => l.rate.toFixed(),
    }),
    description: t.exposeString("description", { nullable: true }),
    providerId: t.exposeString("provider_id", { nullable: true }),
    taxRateId: t.exposeString("tax_rate_id", { nullable: true }),
  }),
});

export const CartLineItemAdjustmentRef = builder.prismaObject("CartLineItemAdjustment", {
  authScopes: access.store,
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code", { nullable: true }),
    description: t.exposeString("description", { nullable: true }),
    amount: t.string({
      description: `The discount. ${currencyNote}`,
      select: { amount: true, item: { select: { cart: { select: { currency_code: true } } } } },
      resolve: (a) => money(a.amount, a.item.cart.currency_code),
    }),
    currencyCode: t.string({
      select: { item: { select: { cart: { select: { currency_code: true } } } } },
      resolve: (a) => a.item.cart.currency_code,
    }),
    isTaxInclusive: t.exposeBoolean("is_tax_inclusive"),
    promotionId: t.exposeString("promotion_id", { nullable: true }),
  }),
});

export const CartShippingMethodAdjustmentRef = builder.prismaObject("CartShippingMethodAdjustment", {
  authScopes: access.store,
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code", { nullable: true }),
    description: t.exposeString("description", { nullable: true }),
    amount: t.string({
      description: `The discount. ${currencyNote}`,
      select: { amount: true, shipping_method: { select: { cart: { select: { currency_code: true } } } } },
      resolve: (a) => money(a.amount, a.shipping_method.cart.currency_code),
    }),
    currencyCode: t.string({
      select: { shipping_method: { select: { cart: { select: { currency_code: true } } } } },
      resolve: (a) => a.shipping_method.cart.currency_code,
    }),
    isTaxInclusive: t.exposeBoolean("is_tax_inclusive"),
    promotionId: t.exposeString("promotion_id", { nullable: true }),
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
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    subtitle: t.exposeString("subtitle", { nullable: true }),
    thumbnail: t.exposeString("thumbnail", { nullable: true }),
    quantity: t.exposeInt("quantity"),
    variantId: t.exposeString("variant_id", { nullable: true }),
    productId: t.exposeString("product_id", { nullable: true }),
    productTitle: t.exposeString("product_title", { nullable: true }),
    productHandle: t.exposeString("product_handle", { nullable: true }),
    variantTitle: t.exposeString("variant_title", { nullable: true }),
    variantSku: t.exposeString("variant_sku", { nullable: true }),
    requiresShipping: t.exposeBoolean("requires_shipping"),
    isTaxInclusive: t.exposeBoolean("is_tax_inclusive", {
      description: "Whether unitPrice includes the item's taxes.",
    }),
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
    adjustments: t.relation("adjustments", { query: { where: live, ...byId } }),
    taxLines: t.relation("tax_lines", { query: { where: live, ...byId } }),
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
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    shippingOptionId: t.exposeString("shipping_option_id", { nullable: true }),
    isTaxInclusive: t.exposeBoolean("is_tax_inclusive"),
    currencyCode: t.string({
      select: { cart: { select: { currency_code: true } } },
      resolve: (m) => m.cart.currency_code,
    }),
    amount: t.string({
      description: currencyNote,
      select: { amount: true, cart: { select: { currency_code: true } } },
      resolve: (m) => money(m.amount, m.cart.currency_code),
    }),
    adjustments: t.relation("adjustments", { query: { where: live, ...byId } }),
    taxLines: t.relation("tax_lines", { query: { where: live, ...byId } }),
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
