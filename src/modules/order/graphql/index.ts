// The order module's part of the schema (read side; completeCart lives in src/api/graphql/cart,
// the admin order list and Customer.orders in src/links/graphql/orders.ts).
import "./types.ts";
import "./order-fields.ts";
import "./queries.ts";
import "./guest-order.ts";
