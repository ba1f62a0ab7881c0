// The fulfilment status of an order row in SQL: the same rules as fulfillmentStatusOf
// (status.ts), so an admin list filters by it inside its own statement whatever the number of orders.

const step = (column: string, full: string, part: string) =>
  `WHEN bool_or(i.${column} > 0) THEN CASE WHEN bool_and(i.${column} >= i.quantity) THEN '${full}' ELSE '${part}' END`;

/** SQL expression of the fulfilment status of the "order" row aliased `o` (its items read in a subquery). */
export function fulfillmentStatusSql(o: string): string {
  return `CASE WHEN ${o}.status = 'canceled' THEN 'canceled' ELSE (SELECT CASE
    ${step("delivered_quantity", "delivered", "partially_delivered")}
    ${step("shipped_quantity", "shipped", "partially_shipped")}
    ${step("fulfilled_quantity", "fulfilled", "partially_fulfilled")}
    ELSE 'not_fulfilled' END
    FROM order_line_item i WHERE i.order_id = ${o}.id AND i.deleted_at IS NULL) END`;
}
