import { generateId } from "../../framework/modules/model.ts";
import { ModuleService, type Context, type Row } from "../../framework/modules/service-factory.ts";
import { toDecimal } from "../../framework/money/index.ts";
import {
  Order,
  OrderAddress,
  OrderLineItem,
  OrderLineItemAdjustment,
  OrderLineItemTaxLine,
  OrderShippingMethod,
  OrderShippingMethodAdjustment,
  OrderShippingMethodTaxLine,
} from "./models.ts";
import type { CreateOrderInput, OrderAdjustmentInput, OrderTaxLineInput } from "./types.ts";

const adjustment = (a: OrderAdjustmentInput) => ({
  amount: toDecimal(a.amount),
  code: a.code ?? null,
  promotion_id: a.promotion_id ?? null,
  description: a.description ?? null,
  is_tax_inclusive: a.is_tax_inclusive ?? false,
  provider_id: a.provider_id ?? null,
});
const taxLine = (l: OrderTaxLineInput) => ({
  rate: toDecimal(l.rate),
  code: l.code,
  description: l.description ?? null,
  provider_id: l.provider_id ?? null,
  tax_rate_id: l.tax_rate_id ?? null,
});

/** The relations an order is read with to show it whole (and compute its totals). */
export const orderRelations = [
  "items.adjustments",
  "items.tax_lines",
  "shipping_methods.adjustments",
  "shipping_methods.tax_lines",
  "shipping_address",
  "billing_address",
];

/**
 * Orders (Medusa's order module, the part checkout writes): the generated methods (listOrders,
 * retrieveOrder, listLineItems, ...) plus creating an order with everything in it in one
 * transaction, and removing it again (a placement that failed later).
 */
export default class OrderModuleService extends ModuleService({
  Order,
  OrderAddress,
  OrderLineItem,
  OrderLineItemAdjustment,
  OrderLineItemTaxLine,
  OrderShippingMethod,
  OrderShippingMethodAdjustment,
  OrderShippingMethodTaxLine,
}) {
  /**
   * Creates orders with their addresses, items, shipping methods, adjustments and tax lines, each
   * order in one transaction; `display_id` comes from a sequence.
   * @example await order.createOrdersWithDetails([{ currency_code: "eur", email, items: [{ title: "Shirt", quantity: 1, unit_price: "120" }] }])
   */
  async createOrdersWithDetails(input: CreateOrderInput[], ctx?: Context): Promise<Row<"Order">[]> {
    return this.transaction(async (c) => {
      const out: Row<"Order">[] = [];
      for (const data of input) out.push(await this.createOne(data, c));
      return out;
    }, ctx);
  }

  private async createOne(data: CreateOrderInput, c: Context): Promise<Row<"Order">> {
    const { items, shipping_methods = [], shipping_address, billing_address, ...columns } = data;
    const ship = shipping_address ? await this.createAddresses(shipping_address, c) : null;
    const bill = billing_address ? await this.createAddresses(billing_address, c) : null;
    const order = await this.createOrders(
      {
        ...columns,
        currency_code: columns.currency_code.toLowerCase(),
        ...(ship ? { shipping_address_id: ship.id } : {}),
        ...(bill ? { billing_address_id: bill.id } : {}),
        metadata: columns.metadata ?? undefined,
      },
      c,
    );
    // Ids are made here so each line's adjustments and tax lines go in with one insert per table.
    const lines = items.map(({ adjustments = [], tax_lines = [], ...item }) => ({
      row: {
        ...item,
        id: item.id ?? generateId("ordli"),
        order_id: order.id,
        unit_price: toDecimal(item.unit_price),
        compare_at_unit_price: item.compare_at_unit_price == null ? null : toDecimal(item.compare_at_unit_price),
        metadata: item.metadata ?? undefined,
      },
      adjustments,
      tax_lines,
    }));
    const methods = shipping_methods.map(({ adjustments = [], tax_lines = [], ...method }) => ({
      row: {
        ...method,
        id: generateId("ordsm"),
        order_id: order.id,
        amount: toDecimal(method.amount),
        data: method.data ?? undefined,
        metadata: method.metadata ?? undefined,
      },
      adjustments,
      tax_lines,
    }));
    if (lines.length)
      await this.createLineItems(
        lines.map((l) => l.row),
        c,
      );
    if (methods.length)
      await this.createShippingMethods(
        methods.map((m) => m.row),
        c,
      );
    const itemAdjustments = lines.flatMap((l) => l.adjustments.map((a) => ({ ...adjustment(a), item_id: l.row.id })));
    const itemTaxLines = lines.flatMap((l) => l.tax_lines.map((t) => ({ ...taxLine(t), item_id: l.row.id })));
    const methodAdjustments = methods.flatMap((m) =>
      m.adjustments.map((a) => ({ ...adjustment(a), shipping_method_id: m.row.id })),
    );
    const methodTaxLines = methods.flatMap((m) =>
      m.tax_lines.map((t) => ({ ...taxLine(t), shipping_method_id: m.row.id })),
    );
    if (itemAdjustments.length) await this.createLineItemAdjustments(itemAdjustments, c);
    if (itemTaxLines.length) await this.createLineItemTaxLines(itemTaxLines, c);
    if (methodAdjustments.length) await this.createShippingMethodAdjustments(methodAdjustments, c);
    if (methodTaxLines.length) await this.createShippingMethodTaxLines(methodTaxLines, c);
    return order;
  }

  /**
   * Removes orders with everything in them for good: the undo of a placement that failed after
   * the order was written (no one has seen it yet, so nothing is kept).
   */
  async deleteOrdersWithDetails(ids: string[], ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      const orders = await this.listOrders(
        { id: ids },
        { select: ["id", "shipping_address_id", "billing_address_id"], withDeleted: true },
        c,
      );
      if (!orders.length) return;
      await this.deleteOrders(
        orders.map((o) => o.id),
        c,
      );
      const addresses = orders
        .flatMap((o) => [o.shipping_address_id, o.billing_address_id])
        .filter((a): a is string => !!a);
      if (addresses.length) await this.deleteAddresses(addresses, c);
    }, ctx);
  }
}
