import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { computeTotals, itemValue } from "../../../framework/totals/index.ts";
import { formatAmount, toDecimal } from "../../../framework/money/index.ts";
import { fulfillmentStatusOf, orderFulfillmentStatuses, orderPaymentStatuses } from "../status.ts";
import { orderDeductionsLoader, OrderSummaryRef } from "./order-summary.ts";
import { OrderLineItemRef, OrderRef } from "./types.ts";

// What happened to an order since it was placed: the items' detail quantities, the derived
// fulfilment status, the money summary, and (admins only) the change history and transactions.
// A customer sees status, items and summary; who made a change and internal notes are shop data.

const live = { deleted_at: null } as const;
const enumValues = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v.toUpperCase(), { value: v }])) as Record<string, { value: T }>;

export const OrderFulfillmentStatusEnum = builder.enumType("OrderFulfillmentStatus", {
  description: "Derived from the items' fulfilled, shipped and delivered quantities (Medusa's values).",
  values: enumValues(orderFulfillmentStatuses),
});
export const OrderPaymentStatusEnum = builder.enumType("OrderPaymentStatus", {
  description:
    "Derived from the order's payment collections: authorized, captured and refunded amounts (Medusa's values).",
  values: enumValues(orderPaymentStatuses),
});

const detailQuantities = {
  deliveredQuantity: ["delivered_quantity", "How many were delivered."],
  returnRequestedQuantity: ["return_requested_quantity", "How many are on requested returns, not yet received."],
  returnReceivedQuantity: ["return_received_quantity", "How many came back on received returns."],
  writtenOffQuantity: ["written_off_quantity", "How many were written off (damaged, lost)."],
} as const;

builder.prismaObjectFields(OrderLineItemRef, (t) =>
  Object.fromEntries(
    Object.entries(detailQuantities).map(([name, [column, description]]) => [
      name,
      t.exposeInt(column, { description }),
    ]),
  ),
);

const totalsLine = {
  id: true,
  is_tax_inclusive: true,
  adjustments: { where: live, select: { amount: true, is_tax_inclusive: true } },
  tax_lines: { where: live, select: { rate: true } },
} as const;
const backQuantities = {
  return_requested_quantity: true,
  return_received_quantity: true,
  written_off_quantity: true,
} as const;

builder.prismaObjectFields(OrderRef, (t) => ({
  version: t.exposeInt("version", { description: "Raised by every change recorded after placement." }),
  canceledAt: t.expose("canceled_at", {
    type: "DateTime",
    nullable: true,
    description: "When the order was canceled.",
  }),
  updatedAt: t.expose("updated_at", { type: "DateTime" }),
  fulfillmentStatus: t.field({
    type: OrderFulfillmentStatusEnum,
    description:
      "Derived from the items: the furthest step reached (delivered, shipped, fulfilled), partially until every item got there.",
    select: {
      status: true,
      items: {
        where: live,
        select: { quantity: true, fulfilled_quantity: true, shipped_quantity: true, delivered_quantity: true },
      },
    },
    resolve: (o) => fulfillmentStatusOf(o),
  }),
  summary: t.field({
    type: OrderSummaryRef,
    description:
      "The order's current total (less what came back) with what was paid and refunded, and what is still owed.",
    select: {
      id: true,
      currency_code: true,
      items: { where: live, select: { ...totalsLine, ...backQuantities, unit_price: true, quantity: true } },
      shipping_methods: { where: live, select: { ...totalsLine, amount: true } },
      transactions: { where: live, select: { amount: true } },
    },
    resolve: async (o, _args, ctx) => {
      const c = o.currency_code;
      const placed = computeTotals({ currency_code: c, items: o.items, shipping_methods: o.shipping_methods }).total;
      // Only orders with something asked back, received or written off ask the loader.
      const moved = o.items.some(
        (i) => i.return_requested_quantity + i.return_received_quantity + i.written_off_quantity,
      );
      const back = moved ? await orderDeductionsLoader(ctx).load(o.id) : null;
      const zero = toDecimal(0);
      const returned = o.items.reduce((n, i) => n.plus(itemValue(i, back?.units.get(i.id) ?? 0, c)), zero);
      const total = placed.minus(returned).plus(back?.shipping ?? zero);
      const paid = o.transactions.reduce((n, x) => (x.amount.gt(0) ? n.plus(toDecimal(x.amount)) : n), zero);
      const refunded = o.transactions.reduce((n, x) => (x.amount.lt(0) ? n.minus(toDecimal(x.amount)) : n), zero);
      return {
        currencyCode: c,
        total: formatAmount(total, c),
        paidTotal: formatAmount(paid, c),
        refundedTotal: formatAmount(refunded, c),
        pendingDifference: formatAmount(total.minus(paid).plus(refunded), c),
      };
    },
  }),
  changes: t.relation("changes", {
    authScopes: access.admin,
    nullable: true,
    description:
      "The order's history after placement (admin only): every change with its actions, oldest version first.",
    query: { where: live, orderBy: [{ version: "asc" }, { created_at: "asc" }, { id: "asc" }] },
  }),
  transactions: t.relation("transactions", {
    authScopes: access.admin,
    nullable: true,
    description: "Money that moved (admin only): captures positive, refunds negative, in the order they happened.",
    query: { where: live, orderBy: [{ created_at: "asc" }, { id: "asc" }] },
  }),
}));
