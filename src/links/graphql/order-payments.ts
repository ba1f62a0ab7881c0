import { access } from "../../framework/graphql/auth-scopes.ts";
import { builder } from "../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { requestLoader } from "../../framework/graphql/request-cache.ts";
import { modelRef } from "../../framework/links/graphql-refs.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";
import type { Row } from "../../framework/modules/service-factory.ts";
import { OrderPaymentStatusEnum } from "../../modules/order/graphql/order-fields.ts";
import { paymentStatusOf, type PaymentStanding } from "../../modules/order/status.ts";

// Order.paymentStatus and Order.payments: an order reaches its payment collections through
// order_payment_collection. The status is a storefront read (Medusa's store shows it); the
// payments themselves are admin data.

export const ORDER_PAYMENT_LINK = "order_payment_collection";

interface OrderPayments {
  standings: PaymentStanding[];
  payments: Row<"Payment">[];
}

/** Per order: its collections' standings and their payments, for a whole page in three statements. */
function paymentsLoader(ctx: GraphQLContext) {
  return requestLoader<OrderPayments>(ctx, "order.payments", async (orderIds) => {
    const link = linkByEntryPoint(ORDER_PAYMENT_LINK);
    if (!link) return orderIds.map(() => ({ standings: [], payments: [] }));
    const rows = await ctx.scope.resolve("link").list(link, { order_id: [...orderIds] });
    const ids = [...new Set(rows.map((r) => String(r.payment_collection_id)))];
    const payment = ctx.scope.resolve("payment");
    const collections = ids.length
      ? await payment.listPaymentCollections({ id: ids }, { relations: ["payment_sessions", "payments"] })
      : [];
    const byId = new Map(collections.map((c) => [c.id, c]));
    return orderIds.map((orderId) => {
      const mine = rows
        .filter((r) => r.order_id === orderId)
        .flatMap((r) => byId.get(String(r.payment_collection_id)) ?? []);
      return {
        standings: mine.map((c) => ({
          ...c,
          session_statuses: (c.payment_sessions ?? []).filter((s) => !s.deleted_at).map((s) => s.status),
        })),
        payments: mine.flatMap((c) => (c.payments ?? []).filter((p) => !p.deleted_at)),
      };
    });
  });
}

builder.objectFields(modelRef("Order"), (t) => ({
  paymentStatus: t.field({
    type: OrderPaymentStatusEnum,
    authScopes: access.store,
    description:
      "Derived from the order's payment collections: refunded or partially, captured or partially, authorized, awaiting, requires action, canceled, or not paid.",
    resolve: async (order, _args, ctx: GraphQLContext) =>
      paymentStatusOf((await paymentsLoader(ctx).load((order as { id: string }).id)).standings),
  }),
  payments: t.field({
    type: [modelRef("Payment")],
    authScopes: access.admin,
    nullable: true,
    description:
      "The payments of the order's payment collections (admin only), oldest first; capture and refund them with captureOrderPayment and refundOrderPayment.",
    resolve: async (order, _args, ctx: GraphQLContext) =>
      (await paymentsLoader(ctx).load((order as { id: string }).id)).payments.sort(
        (a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id),
      ) as never,
  }),
}));
