import { builder } from "../../framework/graphql/builder.ts";
import { type KeysetPage, orderSignature, resolveKeysetConnection } from "../../framework/graphql/connection.ts";
import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { connectionNodeQuery } from "../../framework/graphql/node-query.ts";
import { modelRef } from "../../framework/links/graphql-refs.ts";
import { type ChildRows, countChildren, pageOfChildren } from "../../framework/links/child-pages.ts";
import { requestLoader } from "../../framework/graphql/request-cache.ts";
import { scopedFilters } from "../../framework/links/read-scope.ts";
import { ident, SqlBuilder } from "../../framework/links/sql.ts";
import { where } from "../../framework/links/sql-filters.ts";
import { tableOf } from "../../framework/modules/datamodel.ts";
import type { Row } from "../../framework/modules/service-factory.ts";
import { OrderRef } from "../../modules/order/graphql/types.ts";

// Customer.orders: a page of customers, each with a page of its orders, costs a constant number
// of statements: one window-function query pages every customer's orders at once, one reads the
// nodes with GraphQL's selection, one counts them when totalCount is asked.

type Query = ReturnType<typeof connectionNodeQuery>;
const ORDER: readonly (readonly [string, "DESC"])[] = [
  ["created_at", "DESC"],
  ["id", "DESC"],
];

/** The caller's placed (non-draft) orders of these customers (`o`). */
function customerOrders(ctx: GraphQLContext, sql: SqlBuilder, customerIds: readonly string[]): ChildRows {
  const filters = scopedFilters(ctx, "Order", { customer_id: [...customerIds], is_draft_order: false });
  return {
    from: `${ident(tableOf("Order"))} o`,
    parent: "o.customer_id",
    where: where(sql, "Order", "o", filters, ctx.withDeleted ?? false),
  };
}

/** One keyset page of orders per customer, newest first. */
function loadOrdersPage(ctx: GraphQLContext, customerId: string, page: KeysetPage, query: Query) {
  const key = `customer-orders:${JSON.stringify(page)}:${JSON.stringify(query)}`;
  return requestLoader<{ node: Row<"Order">; key: unknown[] }[]>(ctx, key, async (customerIds) => {
    const sql = new SqlBuilder();
    const rows = await pageOfChildren<{ id: string; customer_id: string; created_at: Date }>(ctx.prisma, sql, {
      ...customerOrders(ctx, sql, customerIds),
      select: "o.id, o.customer_id, o.created_at",
      keys: ORDER.map(([column, dir]) => ({ expr: `o.${column}`, dir, nullable: false })),
      page,
    });
    const nodes = rows.length
      ? await ctx.scope
          .resolve("order")
          .listOrders({ id: rows.map((r) => r.id) }, { prismaQuery: query, withDeleted: ctx.withDeleted ?? false })
      : [];
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return customerIds.map((customerId) =>
      rows
        .filter((r) => r.customer_id === customerId)
        .flatMap((r) => {
          const node = byId.get(r.id);
          return node ? [{ node, key: [r.created_at, r.id] }] : [];
        }),
    );
  }).load(customerId);
}

/** How many of the caller's placed orders each customer has, one statement for a page of customers. */
function countOrders(ctx: GraphQLContext, customerId: string) {
  return requestLoader<number>(ctx, "customer-orders:count", async (customerIds) => {
    const sql = new SqlBuilder();
    const byCustomer = await countChildren(ctx.prisma, sql, customerOrders(ctx, sql, customerIds));
    return customerIds.map((id) => byCustomer.get(id) ?? 0);
  }).load(customerId);
}

builder.objectFields(modelRef("Customer"), (t) => ({
  orders: t.connection(
    {
      authScopes: { admin: true, customer: true },
      type: OrderRef,
      description: "The customer's orders, newest first (the customer reads its own; admins any customer's).",
      resolve: (customer, args, ctx, info) => {
        const id = (customer as { id: string }).id;
        const query = connectionNodeQuery(ctx, info);
        return resolveKeysetConnection(args, {
          order: orderSignature(ORDER),
          load: (page) => loadOrdersPage(ctx, id, page, query),
          count: () => countOrders(ctx, id),
        });
      },
    },
    { name: "CustomerOrderConnection" },
    { name: "CustomerOrderEdge" },
  ),
}));
