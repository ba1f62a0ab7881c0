import type DataLoader from "dataloader";
import { builder } from "../../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { requestLoader } from "../../../framework/graphql/request-cache.ts";
import { Decimal } from "../../../framework/money/index.ts";

// Order.summary's shape, and what came back on an order since it was placed: the summary's total
// is the order's current total (Medusa's current_order_total), the placed lines less what was
// returned, plus the return shipping charged. Returns and claims name the order by id only (no
// Prisma relation), so one loader per request reads them for a whole page of orders.

export interface OrderSummaryShape {
  currencyCode: string;
  total: string;
  paidTotal: string;
  refundedTotal: string;
  pendingDifference: string;
}

export const OrderSummaryRef = builder.objectRef<OrderSummaryShape>("OrderSummary").implement({
  description: "What the order costs and what moved: decimal strings in currencyCode.",
  fields: (t) => ({
    currencyCode: t.exposeString("currencyCode"),
    total: t.exposeString("total", {
      description:
        "The order's current total: its lines' total (as in totals.total, the same computation as carts) less the value of the units that came back — received or written off on a return, asked back by an exchange, claimed on a refund claim — plus the return shipping charged on received returns.",
    }),
    paidTotal: t.exposeString("paidTotal", { description: "Captured so far (the capture transactions)." }),
    refundedTotal: t.exposeString("refundedTotal", { description: "Refunded so far (the refund transactions)." }),
    pendingDifference: t.exposeString("pendingDifference", {
      description:
        "total − paidTotal + refundedTotal: what the customer still owes (negative: what the shop owes back).",
    }),
  }),
});

/** What came back on one order: units per line item, and the return shipping charged. */
export interface OrderDeductions {
  units: Map<string, number>;
  shipping: Decimal;
}

const add = (units: Map<string, number>, itemId: string, n: number) =>
  n > 0 && units.set(itemId, (units.get(itemId) ?? 0) + n);

/**
 * Per order, for a page in at most four statements: a return counts what it received (undamaged
 * or damaged) and its shipping once anything was received; an exchange's return counts all it
 * asks back from the start, as the exchange's difference due already nets it; a refund claim
 * counts its claimed items (it refunded their value). A replace claim deducts nothing: the free
 * replacement stands in for the written-off unit.
 */
export function orderDeductionsLoader(ctx: GraphQLContext): DataLoader<string, OrderDeductions> {
  return requestLoader<OrderDeductions>(ctx, "order.deductions", async (orderIds) => {
    const orders = ctx.scope.resolve("order");
    const order_id = [...orderIds];
    const returns = await orders.listReturns({ order_id }, { relations: ["items"] });
    const claims = await orders.listClaims({ order_id, type: "refund" }, { relations: ["items"] });
    const byOrder = new Map(order_id.map((id) => [id, { units: new Map(), shipping: new Decimal(0) }]));
    for (const r of returns) {
      const mine = byOrder.get(r.order_id);
      if (!mine || r.status === "canceled") continue;
      for (const i of r.items ?? [])
        add(mine.units, i.item_id, r.exchange_id ? i.quantity : i.received_quantity + i.damaged_quantity);
      if (r.status !== "requested") mine.shipping = mine.shipping.plus(r.shipping_amount);
    }
    for (const claim of claims) {
      const mine = byOrder.get(claim.order_id);
      if (!mine || claim.canceled_at) continue;
      for (const i of claim.items ?? []) if (!i.is_additional_item) add(mine.units, i.item_id, i.quantity);
    }
    return order_id.map((id) => byOrder.get(id) ?? { units: new Map(), shipping: new Decimal(0) });
  });
}
