// The fulfilment status of the order row aliased `o` in SQL: the same rules as fulfillmentStatusOf
// (status.ts), so an admin list filters by it in one statement whatever the number of orders.

const step = (column: string, full: string, part: string) =>
  `WHEN bool_or(i.${column} > 0) THEN CASE WHEN bool_and(i.${column} >= i.quantity) THEN '${full}' ELSE '${part}' END`;

/** SELECT of the ids of live orders whose fulfilment status is one of $1 (a text[]). */
export const ordersByFulfillmentStatusSql = `SELECT o.id FROM "order" o
  LEFT JOIN order_line_item i ON i.order_id = o.id AND i.deleted_at IS NULL
  WHERE o.deleted_at IS NULL
  GROUP BY o.id, o.status
  HAVING (CASE WHEN o.status = 'canceled' THEN 'canceled'
    ${step("delivered_quantity", "delivered", "partially_delivered")}
    ${step("shipped_quantity", "shipped", "partially_shipped")}
    ${step("fulfilled_quantity", "fulfilled", "partially_fulfilled")}
    ELSE 'not_fulfilled' END) = ANY($1::text[])`;
