import type { TesseraContainer } from "../../framework/container/container.ts";
import type { Context } from "../../framework/modules/service-factory.ts";
import { computeTotals, type Totals } from "../../framework/totals/index.ts";
import { orderRelations } from "../../modules/order/service.ts";

// An order as the order workflows read it: whole (items, shipping, adjustments, tax lines), under
// the caller's transaction, and its totals from the same pure function carts use.

/** The order with everything its totals need. */
export const loadOrder = (container: TesseraContainer, orderId: string, ctx?: Context) =>
  container.resolve("order").retrieveOrder(orderId, { relations: orderRelations, relationLoadStrategy: "join" }, ctx);
export type LoadedOrder = Awaited<ReturnType<typeof loadOrder>>;

/** The order's totals (computeTotals over its lines as loaded). */
export const totalsOfOrder = (order: Pick<LoadedOrder, "currency_code" | "items" | "shipping_methods">): Totals =>
  computeTotals({ currency_code: order.currency_code, items: order.items, shipping_methods: order.shipping_methods });
