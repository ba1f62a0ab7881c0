import { adjustmentColumns } from "../../framework/modules/line-inputs.ts";
import { generateId } from "../../framework/modules/model.ts";
import { createOwnedAddresses } from "../../framework/modules/owned-addresses.ts";
import type { FindConfig } from "../../framework/modules/query-config.ts";
import { replaceLineSet, type SetKind } from "../../framework/modules/replace-set.ts";
import { ModuleService, type Context, type RecordKey, type Row } from "../../framework/modules/service-factory.ts";
import { toDecimal } from "../../framework/money/index.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { fulfillmentStatusSql } from "./fulfillment-standing.ts";
import * as models from "./models.ts";
import { type OrderWithDetail, withItemDetail, withOurRelations } from "./medusa-shape.ts";
import type {
  CreateOrderInput,
  OrderChangeActionInput,
  OrderChangeInput,
  OrderLineItemAdjustmentInput,
  OrderShippingMethodAdjustmentInput,
  OrderTaxLineInput,
  OrderTransactionInput,
} from "./types.ts";

const taxLine = (l: OrderTaxLineInput) => ({
  rate: toDecimal(l.rate),
  code: l.code,
  description: l.description ?? null,
  provider_id: l.provider_id ?? null,
  tax_rate_id: l.tax_rate_id ?? null,
});

const orderSets = {
  itemAdjustments: {
    owner: "order",
    ownerLabel: "Order",
    model: "orderLineItemAdjustment",
    parent: "item_id",
    parents: "items",
    prefix: "ordliadj",
  },
  shippingAdjustments: {
    owner: "order",
    ownerLabel: "Order",
    model: "orderShippingMethodAdjustment",
    parent: "shipping_method_id",
    parents: "shipping_methods",
    prefix: "ordsmadj",
  },
} as const satisfies Record<string, SetKind>;

/** The relations an order is read with to show it whole (and compute its totals). */
export const orderRelations = [
  ...["items", "shipping_methods"].flatMap((lines) => [`${lines}.adjustments`, `${lines}.tax_lines`]),
  "shipping_address",
  "billing_address",
];

/**
 * Orders (Medusa's order module, the part checkout writes): the generated methods (listOrders,
 * retrieveOrder, listLineItems, ...) plus creating an order with everything in it in one
 * transaction, and removing it again (a placement that failed later).
 */
export default class OrderModuleService extends ModuleService(models, { overrides: ["retrieveOrder"] }) {
  /**
   * The generated retrieveOrder, also taking Medusa's relation paths through its item wrappers
   * ("items.item.adjustments", "shipping_methods.shipping_method.adjustments"); loaded items carry
   * Medusa's `detail` (their quantities). NOT_FOUND for an unknown order.
   */
  async retrieveOrder(id: RecordKey, config?: FindConfig, ctx?: Context): Promise<OrderWithDetail> {
    const [order] = await this.listOrders({ id }, { ...withOurRelations(config), take: 1 }, ctx);
    if (!order) throw new TesseraError(TesseraError.Types.NOT_FOUND, `Order with id: ${id} was not found`);
    return withItemDetail(order);
  }

  /**
   * Replaces the adjustments of the order's items with these (Medusa's setOrderLineItemAdjustments):
   * kept by `id`, new ones inserted, the others deleted; takes computeActions' addItemAdjustment
   * actions as they are. A line of another order is INVALID_DATA and nothing is written.
   */
  async setOrderLineItemAdjustments(orderId: string, adjustments: OrderLineItemAdjustmentInput[], ctx?: Context) {
    return this.transaction(
      (c) =>
        replaceLineSet(
          this.client(c),
          orderSets.itemAdjustments,
          orderId,
          adjustments.map((a) => ({ id: a.id, parentId: a.item_id, columns: adjustmentColumns(a) })),
        ),
      ctx,
    );
  }

  /** Replaces the adjustments of the order's shipping methods with these (Medusa's setOrderShippingMethodAdjustments). */
  async setOrderShippingMethodAdjustments(
    orderId: string,
    adjustments: OrderShippingMethodAdjustmentInput[],
    ctx?: Context,
  ) {
    return this.transaction(
      (c) =>
        replaceLineSet(
          this.client(c),
          orderSets.shippingAdjustments,
          orderId,
          adjustments.map((a) => ({ id: a.id, parentId: a.shipping_method_id, columns: adjustmentColumns(a) })),
        ),
      ctx,
    );
  }

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
    const addresses = await createOwnedAddresses((a) => this.createAddresses(a, c), {
      shipping_address,
      billing_address,
    });
    const order = await this.createOrders(
      {
        ...columns,
        currency_code: columns.currency_code.toLowerCase(),
        ...addresses,
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
    const itemAdjustments = lines.flatMap((l) =>
      l.adjustments.map((a) => ({ ...adjustmentColumns(a), item_id: l.row.id })),
    );
    const itemTaxLines = lines.flatMap((l) => l.tax_lines.map((t) => ({ ...taxLine(t), item_id: l.row.id })));
    const methodAdjustments = methods.flatMap((m) =>
      m.adjustments.map((a) => ({ ...adjustmentColumns(a), shipping_method_id: m.row.id })),
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

  /**
   * Ids of the orders whose fulfilment status (status.ts) is one of `statuses`, in one statement.
   * An order list does not call this: it compiles fulfillmentStatusSql into its own statement.
   */
  async listOrderIdsByFulfillmentStatus(statuses: string[], ctx?: Context): Promise<string[]> {
    const rows = await this.client(ctx).$queryRawUnsafe<{ id: string }[]>(
      `SELECT o.id FROM "order" o WHERE o.deleted_at IS NULL AND (${fulfillmentStatusSql("o")}) = ANY($1::text[])`,
      statuses,
    );
    return rows.map((r) => r.id);
  }

  /**
   * Locks the order's row until the transaction in `ctx` ends, so two changes of one order take
   * turns (versions never collide); NOT_FOUND for an unknown order.
   */
  async lockOrder(orderId: string, ctx: Context): Promise<{ id: string; version: number; status: string }> {
    if (!ctx.tx) throw new Error("lockOrder needs a transaction");
    const [row] = await ctx.tx.$queryRaw<{ id: string; version: number; status: string }[]>`
      SELECT id, version, status FROM "order" WHERE id = ${orderId} AND deleted_at IS NULL FOR UPDATE`;
    if (!row) throw new TesseraError(TesseraError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`);
    return row;
  }

  /**
   * Begins a change (an edit, a requested return, ...) that waits for confirmation. An order has at
   * most one active (pending or requested) change, as in Medusa: a second is NOT_ALLOWED.
   * @example await order.beginOrderChange({ order_id, change_type: "edit", created_by: userId })
   */
  async beginOrderChange(input: OrderChangeInput, ctx?: Context): Promise<Row<"OrderChange">> {
    return this.transaction(async (c) => {
      const order = await this.lockOrder(input.order_id, c);
      const [active] = await this.listOrderChanges(
        { order_id: input.order_id, status: ["pending", "requested"] },
        { take: 1, select: ["id"] },
        c,
      );
      if (active)
        throw new TesseraError(
          TesseraError.Types.NOT_ALLOWED,
          `Order ${input.order_id} already has an active change (${active.id})`,
        );
      return this.writeChange(input, order.version + 1, "pending", c);
    }, ctx);
  }

  /**
   * Confirms a pending or requested change: it takes the order's next version (numbered now, so
   * changes recorded meanwhile keep their own), its actions become applied, the order's version rises.
   */
  async confirmOrderChange(changeId: string, by: string | null, ctx?: Context): Promise<Row<"OrderChange">> {
    return this.transaction(async (c) => {
      const change = await this.retrieveOrderChange(changeId, { select: ["id", "order_id", "status"] }, c);
      const order = await this.lockOrder(change.order_id, c);
      if (change.status !== "pending" && change.status !== "requested")
        throw new TesseraError(TesseraError.Types.NOT_ALLOWED, `Order change ${changeId} is ${change.status}`);
      const version = order.version + 1;
      await this.client(c).orderChangeAction.updateMany({
        where: { order_change_id: changeId },
        data: { version, applied: true },
      });
      await this.updateOrders({ id: order.id, version }, c);
      return this.updateOrderChanges(
        { id: changeId, version, status: "confirmed", confirmed_by: by, confirmed_at: new Date() },
        c,
      );
    }, ctx);
  }

  /** Ends an active change without applying it: `canceled` by the store, `declined` by the customer. */
  async closeOrderChange(
    changeId: string,
    outcome: { status: "canceled" | "declined"; by: string | null; reason?: string | null },
    ctx?: Context,
  ): Promise<Row<"OrderChange">> {
    return this.transaction(async (c) => {
      const change = await this.retrieveOrderChange(changeId, { select: ["id", "order_id", "status"] }, c);
      await this.lockOrder(change.order_id, c);
      if (change.status !== "pending" && change.status !== "requested")
        throw new TesseraError(TesseraError.Types.NOT_ALLOWED, `Order change ${changeId} is ${change.status}`);
      const now = new Date();
      return this.updateOrderChanges(
        outcome.status === "canceled"
          ? { id: changeId, status: "canceled", canceled_by: outcome.by, canceled_at: now }
          : {
              id: changeId,
              status: "declined",
              declined_by: outcome.by,
              declined_at: now,
              declined_reason: outcome.reason ?? null,
            },
        c,
      );
    }, ctx);
  }

  /**
   * Records a change that happened at once (a fulfilment, a shipment, a cancellation): created
   * confirmed with applied actions, raising the order's version, in one transaction.
   * @example await order.recordOrderChange({ order_id, change_type: "fulfillment", actions: [{ action: "FULFILL_ITEM", reference: "order_line_item", reference_id: itemId, details: { quantity: 2 } }] })
   */
  async recordOrderChange(input: OrderChangeInput, ctx?: Context): Promise<Row<"OrderChange">> {
    return this.transaction(async (c) => {
      const order = await this.lockOrder(input.order_id, c);
      const version = order.version + 1;
      const change = await this.writeChange(input, version, "confirmed", c);
      await this.updateOrders({ id: order.id, version }, c);
      return change;
    }, ctx);
  }

  /**
   * Removes a change again (the undo of a workflow step that wrote it): when it was the order's
   * latest confirmed version, the order's version goes back with it.
   */
  async undoOrderChange(changeId: string, ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      const [change] = await this.listOrderChanges(
        { id: changeId },
        { select: ["id", "order_id", "status", "version"] },
        c,
      );
      if (!change) return;
      const order = await this.lockOrder(change.order_id, c);
      await this.client(c).orderChange.delete({ where: { id: changeId } });
      if (change.status === "confirmed" && order.version === change.version)
        await this.updateOrders({ id: order.id, version: change.version - 1 }, c);
    }, ctx);
  }

  /**
   * Records money that moved for an order (Medusa's addOrderTransactions): a capture is positive,
   * a refund negative, at the order's current version.
   */
  async recordOrderTransaction(input: OrderTransactionInput, ctx?: Context): Promise<Row<"OrderTransaction">> {
    return this.transaction(async (c) => {
      const order = await this.lockOrder(input.order_id, c);
      return this.createOrderTransactions(
        {
          ...input,
          version: order.version,
          amount: toDecimal(input.amount),
          currency_code: input.currency_code.toLowerCase(),
          metadata: input.metadata ?? undefined,
        },
        c,
      );
    }, ctx);
  }

  private async writeChange(
    { actions = [], ...input }: OrderChangeInput,
    version: number,
    status: "pending" | "confirmed",
    c: Context,
  ): Promise<Row<"OrderChange">> {
    const confirmed = status === "confirmed";
    const change = await this.createOrderChanges(
      {
        ...input,
        version,
        status,
        metadata: input.metadata ?? undefined,
        ...(confirmed ? { confirmed_by: input.created_by ?? null, confirmed_at: new Date() } : {}),
      },
      c,
    );
    if (actions.length)
      await this.createOrderChangeActions(
        actions.map((a: OrderChangeActionInput) => ({
          ...a,
          order_change_id: change.id,
          order_id: input.order_id,
          version,
          applied: confirmed,
          details: a.details ?? undefined,
          amount: a.amount == null ? null : toDecimal(a.amount),
        })),
        c,
      );
    return change;
  }
}
