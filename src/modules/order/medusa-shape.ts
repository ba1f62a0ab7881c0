import type { FindConfig } from "../../framework/modules/query-config.ts";
import type { Row } from "../../framework/modules/service-factory.ts";

// Medusa splits an order's item in two: the OrderItem (quantities, `detail`) wrapping a LineItem
// (`item`), so its code asks for "items.item.adjustments" and spreads `item.detail`. Here the line
// item is both, so those paths name the line item's own relations and `detail` is its quantities.

/** Medusa's relation paths through the OrderItem / OrderShippingMethod wrappers, mapped onto ours. */
export function withOurRelations(config: FindConfig | undefined): FindConfig {
  if (!config?.relations) return config ?? {};
  const relations = config.relations.map((r) =>
    r
      .replace(/^items\.item(\.|$)/, "items$1")
      .replace(/^shipping_methods\.shipping_method(\.|$)/, "shipping_methods$1"),
  );
  return { ...config, relations: [...new Set(relations)] };
}

/** An order item's quantities as Medusa's OrderItem detail carries them. */
export interface OrderItemDetail {
  quantity: number;
  fulfilled_quantity: number;
  shipped_quantity: number;
  delivered_quantity: number;
  return_requested_quantity: number;
  return_received_quantity: number;
  written_off_quantity: number;
}

type Item = Row<"OrderLineItem">;
/** An order as retrieveOrder answers it: each loaded item also carries its `detail`. */
export type OrderWithDetail = Omit<Row<"Order">, "items"> & { items?: (Item & { detail: OrderItemDetail })[] };

/** Adds `detail` to the order's loaded items. */
export function withItemDetail(order: Row<"Order">): OrderWithDetail {
  // A `select` without the quantities leaves the items as they are.
  if (!order.items?.every((i) => typeof i.quantity === "number")) return order as OrderWithDetail;
  return {
    ...order,
    items: order.items.map((i) => ({
      ...i,
      detail: {
        quantity: i.quantity,
        fulfilled_quantity: i.fulfilled_quantity,
        shipped_quantity: i.shipped_quantity,
        delivered_quantity: i.delivered_quantity,
        return_requested_quantity: i.return_requested_quantity,
        return_received_quantity: i.return_received_quantity,
        written_off_quantity: i.written_off_quantity,
      },
    })),
  };
}
