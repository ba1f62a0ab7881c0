import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { generateId } from "../../framework/modules/model.ts";
import type { Context, Row } from "../../framework/modules/service-factory.ts";
import { toDecimal, type AmountInput } from "../../framework/money/index.ts";
import {
  applyItemQuantityMoves,
  ITEM_QUANTITY_COLUMNS,
  reverseMoves,
  type ItemQuantityMove,
} from "./item-quantities.ts";
import OrderModuleService from "./service.ts";
import type { OrderChangeActionInput, OrderChangeInput, OrderLineItemInput } from "./types.ts";

/** Items asked back: the order's line item, how many, why. */
export interface ReturnItemInput {
  item_id: string;
  quantity: number;
  reason_id?: string | null;
  note?: string | null;
}

/** A return to request (alone, or as part of an exchange or claim). */
export interface RequestReturnInput {
  order_id: string;
  items: ReturnItemInput[];
  location_id?: string | null;
  shipping_option_id?: string | null;
  shipping_amount?: AmountInput | null;
  created_by?: string | null;
  exchange_id?: string | null;
  claim_id?: string | null;
}

/** Items received back for a return: `damaged` ones are written off rather than returned to stock. */
export interface ReceiveReturnInput {
  return_id: string;
  items: { item_id: string; quantity: number; damaged?: boolean }[];
  created_by?: string | null;
}

/** What a receipt changed, so a compensation can put it back. */
export interface ReturnReceipt {
  return_id: string;
  change_id: string;
  moves: ItemQuantityMove[];
  previous: { status: string; received_at: Date | null; items: { id: string; received: number; damaged: number }[] };
}

/** An order to cancel, with the item quantities its unshipped fulfilments give back. */
export interface CancelOrderRecordInput {
  order_id: string;
  canceled_by: string | null;
  /** Negative fulfilled_quantity moves of the fulfilments canceled with the order. */
  unfulfill?: ItemQuantityMove[];
  /** Actions recorded before CANCEL in the cancel change (CANCEL_FULFILL_ITEM). */
  actions?: OrderChangeActionInput[];
}

/** What cancelOrderRecord changed, so restoreCanceledOrder can put it back. */
export interface CanceledOrderRecord {
  order_id: string;
  change_id: string;
  previous_status: string;
  unfulfill: ItemQuantityMove[];
}

/** New line items an exchange or a claim sends out. */
export type OutboundItemInput = Omit<OrderLineItemInput, "adjustments">;

const notAllowed = (message: string, field: string[]) =>
  new TesseraError(TesseraError.Types.NOT_ALLOWED, message, { field });

/**
 * The order module's service with what happens after placement: item quantities moved by
 * fulfilments, shipments and deliveries, returns requested and received, exchanges and claims.
 * Each is one transaction under the order's row lock, recorded as one confirmed OrderChange with
 * Medusa's action names; each has an undo for the workflow step that ran it.
 */
export default class OrderLifecycleService extends OrderModuleService {
  /** Refuses a change to a canceled order (NOT_ALLOWED on `orderId`); returns the locked order. */
  private async lockLiveOrder(orderId: string, c: Context) {
    const order = await this.lockOrder(orderId, c);
    if (order.status === "canceled") throw notAllowed(`Order ${orderId} is canceled`, ["orderId"]);
    return order;
  }

  /** Applies moves to the order's items, checked unless `unchecked` (an undo). */
  private async applyMoves(orderId: string, moves: ItemQuantityMove[], c: Context, unchecked = false): Promise<void> {
    const items = await this.listLineItems(
      { order_id: orderId, id: [...new Set(moves.map((m) => m.item_id))] },
      { select: ["id", "quantity", ...ITEM_QUANTITY_COLUMNS] },
      c,
    );
    const updated = unchecked ? applyUnchecked(items, moves) : applyItemQuantityMoves(items, moves);
    for (const { id, quantity: _q, ...quantities } of updated) await this.updateLineItems({ id, ...quantities }, c);
  }

  /**
   * Moves item quantities (FULFILL_ITEM, SHIP_ITEM, DELIVER_ITEM, WRITE_OFF_ITEM, ...) and records
   * the change, all or nothing: a canceled order or a move breaking a quantity rule is NOT_ALLOWED.
   */
  async moveItemQuantities(
    input: { change: OrderChangeInput; moves: ItemQuantityMove[] },
    ctx?: Context,
  ): Promise<Row<"OrderChange">> {
    return this.transaction(async (c) => {
      await this.lockLiveOrder(input.change.order_id, c);
      await this.applyMoves(input.change.order_id, input.moves, c);
      return this.recordOrderChange(input.change, c);
    }, ctx);
  }

  /** Undoes moveItemQuantities (a compensation): the moves reversed, the change removed. */
  async revertItemQuantities(input: { order_id: string; change_id: string; moves: ItemQuantityMove[] }, ctx?: Context) {
    await this.transaction(async (c) => {
      await this.lockOrder(input.order_id, c);
      await this.applyMoves(input.order_id, reverseMoves(input.moves), c, true);
      await this.undoOrderChange(input.change_id, c);
    }, ctx);
  }

  /**
   * Cancels an order under its row lock (the order's part of Medusa's cancelOrder): its unshipped
   * fulfilments' quantities go back (`unfulfill`, CANCEL_FULFILL_ITEM), status and canceled_at are
   * set and one `cancel` change records it all. Refused when it is canceled already
   * (ORDER_CANCELED), once an item was shipped (ORDER_SHIPPED), or when an item is still fulfilled
   * after `unfulfill` (ORDER_FULFILLED: a fulfilment was created meanwhile). Undo with
   * restoreCanceledOrder.
   */
  async cancelOrderRecord(input: CancelOrderRecordInput, ctx?: Context): Promise<CanceledOrderRecord> {
    return this.transaction(async (c) => {
      const order = await this.lockOrder(input.order_id, c);
      const refuse = (message: string, code: string) =>
        new TesseraError(TesseraError.Types.NOT_ALLOWED, message, { field: ["orderId"], code });
      if (order.status === "canceled") throw refuse(`Order ${input.order_id} is already canceled`, "ORDER_CANCELED");
      const items = await this.listLineItems(
        { order_id: input.order_id },
        { select: ["id", "quantity", ...ITEM_QUANTITY_COLUMNS] },
        c,
      );
      if (items.some((i) => i.shipped_quantity > 0))
        throw refuse(`Order ${input.order_id} has shipped items and cannot be canceled`, "ORDER_SHIPPED");
      const unfulfill = input.unfulfill ?? [];
      const moved = new Map(applyItemQuantityMoves(items, unfulfill).map((i) => [i.id, i]));
      if (items.some((i) => (moved.get(i.id) ?? i).fulfilled_quantity > 0))
        throw refuse(`Order ${input.order_id} was fulfilled while it was being canceled: try again`, "ORDER_FULFILLED");
      for (const { id, quantity: _q, ...quantities } of moved.values())
        await this.updateLineItems({ id, ...quantities }, c);
      await this.updateOrders({ id: input.order_id, status: "canceled", canceled_at: new Date() }, c);
      const change = await this.recordOrderChange(
        {
          order_id: input.order_id,
          change_type: "cancel",
          created_by: input.canceled_by,
          actions: [...(input.actions ?? []), { action: "CANCEL", reference: "order", reference_id: input.order_id }],
        },
        c,
      );
      return { order_id: input.order_id, change_id: change.id, previous_status: order.status, unfulfill };
    }, ctx);
  }

  /** The undo of cancelOrderRecord: status, fulfilled quantities and the change come back as they were. */
  async restoreCanceledOrder(input: CanceledOrderRecord, ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      await this.lockOrder(input.order_id, c);
      await this.applyMoves(input.order_id, reverseMoves(input.unfulfill), c, true);
      await this.undoOrderChange(input.change_id, c);
      await this.updateOrders({ id: input.order_id, status: input.previous_status, canceled_at: null }, c);
    }, ctx);
  }

  /**
   * Requests a return (Medusa's RETURN_ITEM): the return and its items are written, the items'
   * return_requested_quantity rises, a "return" change (or the exchange's, the claim's) is
   * recorded. More than was shipped and not asked back already is NOT_ALLOWED on the item; an
   * unknown reason NOT_FOUND. `extra_actions` join the change (an exchange's ITEM_ADD).
   */
  async requestReturn(
    input: RequestReturnInput & { extra_actions?: OrderChangeActionInput[] },
    ctx?: Context,
  ): Promise<Row<"Return">> {
    return this.transaction(async (c) => {
      await this.lockLiveOrder(input.order_id, c);
      const reasons = [...new Set(input.items.flatMap((i) => (i.reason_id ? [i.reason_id] : [])))];
      const known = reasons.length ? await this.listReturnReasons({ id: reasons }, { select: ["id"] }, c) : [];
      const unknown = input.items.findIndex((i) => i.reason_id && !known.some((r) => r.id === i.reason_id));
      if (unknown >= 0)
        throw new TesseraError(
          TesseraError.Types.NOT_FOUND,
          `Return reason ${input.items[unknown]?.reason_id} was not found`,
          {
            field: ["items", String(unknown), "reasonId"],
          },
        );
      const ret = await this.createReturns(
        {
          order_id: input.order_id,
          location_id: input.location_id ?? null,
          shipping_option_id: input.shipping_option_id ?? null,
          shipping_amount: toDecimal(input.shipping_amount ?? 0),
          created_by: input.created_by ?? null,
          exchange_id: input.exchange_id ?? null,
          claim_id: input.claim_id ?? null,
          items: input.items.map((i) => ({
            item_id: i.item_id,
            quantity: i.quantity,
            reason_id: i.reason_id ?? null,
            note: i.note ?? null,
          })),
        },
        c,
      );
      await this.applyMoves(
        input.order_id,
        input.items.map((i, n) => ({
          item_id: i.item_id,
          deltas: { return_requested_quantity: i.quantity },
          field: ["items", String(n), "quantity"],
        })),
        c,
      );
      await this.recordOrderChange(
        {
          order_id: input.order_id,
          change_type: input.exchange_id ? "exchange" : input.claim_id ? "claim" : "return",
          return_id: ret.id,
          exchange_id: input.exchange_id ?? null,
          claim_id: input.claim_id ?? null,
          created_by: input.created_by ?? null,
          actions: [
            ...input.items.map((i) => ({
              action: "RETURN_ITEM",
              reference: "return",
              reference_id: ret.id,
              details: { item_id: i.item_id, quantity: i.quantity, reason_id: i.reason_id ?? null },
            })),
            ...(input.extra_actions ?? []),
          ],
        },
        c,
      );
      return this.retrieveReturn(ret.id, { relations: ["items"] }, c);
    }, ctx);
  }

  /** Removes a requested return again (a compensation): quantities back, its changes and rows gone. */
  async removeReturnRequest(returnId: string, ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      const [ret] = await this.listReturns({ id: returnId }, { relations: ["items"], withDeleted: true }, c);
      if (!ret) return;
      await this.lockOrder(ret.order_id, c);
      await this.applyMoves(
        ret.order_id,
        (ret.items ?? []).map((i) => ({ item_id: i.item_id, deltas: { return_requested_quantity: -i.quantity } })),
        c,
        true,
      );
      for (const change of await this.listOrderChanges({ return_id: returnId }, { select: ["id"] }, c))
        await this.undoOrderChange(change.id, c);
      await this.deleteReturns([returnId], c);
    }, ctx);
  }

  /**
   * Receives returned items (RECEIVE_RETURN_ITEM; damaged ones RECEIVE_DAMAGED_RETURN_ITEM, written
   * off): the return's items count them, the order's items move from requested to received (or
   * written off), the return becomes received or partially_received. Receiving more than was
   * requested and not received is NOT_ALLOWED; an item not in the return NOT_FOUND.
   */
  async receiveReturn(
    input: ReceiveReturnInput,
    ctx?: Context,
  ): Promise<{ return: Row<"Return">; receipt: ReturnReceipt }> {
    return this.transaction(async (c) => {
      const { order_id } = await this.retrieveReturn(input.return_id, { select: ["order_id"] }, c);
      await this.lockLiveOrder(order_id, c);
      const ret = await this.retrieveReturn(input.return_id, { relations: ["items"] }, c);
      if (ret.status === "canceled" || ret.status === "received")
        throw notAllowed(`Return ${ret.id} is ${ret.status}`, ["returnId"]);
      const items = new Map((ret.items ?? []).map((i) => [i.item_id, { ...i }]));
      const moves: ItemQuantityMove[] = [];
      const actions: OrderChangeActionInput[] = [];
      for (const [n, got] of input.items.entries()) {
        const item = items.get(got.item_id);
        const field = ["items", String(n)];
        if (!item)
          throw new TesseraError(TesseraError.Types.NOT_FOUND, `Item ${got.item_id} is not in return ${ret.id}`, {
            field: [...field, "id"],
          });
        const left = item.quantity - item.received_quantity - item.damaged_quantity;
        if (!Number.isInteger(got.quantity) || got.quantity <= 0)
          throw new TesseraError(TesseraError.Types.INVALID_DATA, "quantity must be a positive integer", {
            field: [...field, "quantity"],
          });
        if (got.quantity > left)
          throw notAllowed(`Only ${left} of item ${got.item_id} are left to receive, ${got.quantity} asked`, [
            ...field,
            "quantity",
          ]);
        if (got.damaged) item.damaged_quantity += got.quantity;
        else item.received_quantity += got.quantity;
        moves.push({
          item_id: got.item_id,
          deltas: {
            return_requested_quantity: -got.quantity,
            [got.damaged ? "written_off_quantity" : "return_received_quantity"]: got.quantity,
          },
          field: [...field, "quantity"],
        });
        actions.push({
          action: got.damaged ? "RECEIVE_DAMAGED_RETURN_ITEM" : "RECEIVE_RETURN_ITEM",
          reference: "return",
          reference_id: ret.id,
          details: { item_id: got.item_id, quantity: got.quantity },
        });
      }
      await this.applyMoves(order_id, moves, c);
      const all = [...items.values()];
      const done = all.every((i) => i.received_quantity + i.damaged_quantity >= i.quantity);
      for (const i of all)
        await this.updateReturnItems(
          { id: i.id, received_quantity: i.received_quantity, damaged_quantity: i.damaged_quantity },
          c,
        );
      await this.updateReturns(
        { id: ret.id, status: done ? "received" : "partially_received", received_at: new Date() },
        c,
      );
      const change = await this.recordOrderChange(
        {
          order_id,
          change_type: ret.exchange_id ? "exchange" : ret.claim_id ? "claim" : "return",
          return_id: ret.id,
          exchange_id: ret.exchange_id,
          claim_id: ret.claim_id,
          created_by: input.created_by ?? null,
          actions,
        },
        c,
      );
      return {
        return: await this.retrieveReturn(ret.id, { relations: ["items"] }, c),
        receipt: {
          return_id: ret.id,
          change_id: change.id,
          moves,
          previous: {
            status: ret.status,
            received_at: ret.received_at,
            items: (ret.items ?? []).map((i) => ({
              id: i.id,
              received: i.received_quantity,
              damaged: i.damaged_quantity,
            })),
          },
        },
      };
    }, ctx);
  }

  /** Undoes receiveReturn (a compensation). */
  async undoReturnReceipt(receipt: ReturnReceipt, ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      const ret = await this.retrieveReturn(receipt.return_id, { select: ["order_id"] }, c);
      await this.lockOrder(ret.order_id, c);
      await this.applyMoves(ret.order_id, reverseMoves(receipt.moves), c, true);
      for (const i of receipt.previous.items)
        await this.updateReturnItems({ id: i.id, received_quantity: i.received, damaged_quantity: i.damaged }, c);
      await this.updateReturns(
        { id: receipt.return_id, status: receipt.previous.status, received_at: receipt.previous.received_at },
        c,
      );
      await this.undoOrderChange(receipt.change_id, c);
    }, ctx);
  }

  /**
   * Adds outbound items to an order (ITEM_ADD, for an exchange or a claim) with their tax lines;
   * returns the new line items' ids in input order.
   */
  private async addOutboundItems(orderId: string, items: OutboundItemInput[], c: Context): Promise<string[]> {
    const ids: string[] = [];
    for (const { tax_lines = [], ...item } of items) {
      const id = item.id ?? generateId("ordli");
      await this.createLineItems(
        {
          ...item,
          id,
          order_id: orderId,
          unit_price: toDecimal(item.unit_price),
          compare_at_unit_price: item.compare_at_unit_price == null ? null : toDecimal(item.compare_at_unit_price),
          metadata: item.metadata ?? undefined,
        },
        c,
      );
      if (tax_lines.length)
        await this.createLineItemTaxLines(
          tax_lines.map((t) => ({
            item_id: id,
            rate: toDecimal(t.rate),
            code: t.code,
            description: t.description ?? null,
            tax_rate_id: t.tax_rate_id ?? null,
            provider_id: t.provider_id ?? null,
          })),
          c,
        );
      ids.push(id);
    }
    return ids;
  }

  /**
   * Creates and confirms an exchange (Medusa's exchange flow in one step): the returned items are
   * asked back as the exchange's return, the outbound items are added to the order (ITEM_ADD),
   * and `difference_due` is what the customer owes for the swap (negative: what they get back).
   */
  async createExchange(
    input: {
      return: Omit<RequestReturnInput, "exchange_id" | "claim_id">;
      outbound: OutboundItemInput[];
      difference_due: AmountInput;
    },
    ctx?: Context,
  ): Promise<{ exchange: Row<"OrderExchange">; return: Row<"Return">; outbound_item_ids: string[] }> {
    return this.transaction(async (c) => {
      const orderId = input.return.order_id;
      await this.lockLiveOrder(orderId, c);
      const exchange = await this.createExchanges(
        {
          order_id: orderId,
          difference_due: toDecimal(input.difference_due),
          created_by: input.return.created_by ?? null,
        },
        c,
      );
      const outbound = await this.addOutboundItems(orderId, input.outbound, c);
      await this.createExchangeItems(
        outbound.map((item_id, n) => ({
          exchange_id: exchange.id,
          item_id,
          quantity: input.outbound[n]?.quantity ?? 0,
        })),
        c,
      );
      const ret = await this.requestReturn(
        {
          ...input.return,
          exchange_id: exchange.id,
          extra_actions: outbound.map((item_id, n) => ({
            action: "ITEM_ADD",
            reference: "order_line_item",
            reference_id: item_id,
            details: {
              quantity: input.outbound[n]?.quantity ?? 0,
              unit_price: String(input.outbound[n]?.unit_price ?? "0"),
            },
          })),
        },
        c,
      );
      await this.updateExchanges({ id: exchange.id, return_id: ret.id }, c);
      return {
        exchange: await this.retrieveExchange(exchange.id, { relations: ["items"] }, c),
        return: ret,
        outbound_item_ids: outbound,
      };
    }, ctx);
  }

  /**
   * Creates and confirms a claim: the claimed items are written off (WRITE_OFF_ITEM; more than was
   * shipped and not returned is NOT_ALLOWED), a "replace" claim adds the replacements (ITEM_ADD,
   * free of charge), a "refund" claim records `refund_amount` for the refund that follows.
   */
  async createClaim(
    input: {
      order_id: string;
      type: "refund" | "replace";
      items: { item_id: string; quantity: number; reason?: string | null; note?: string | null }[];
      outbound: OutboundItemInput[];
      refund_amount: AmountInput;
      created_by?: string | null;
    },
    ctx?: Context,
  ): Promise<{ claim: Row<"OrderClaim">; outbound_item_ids: string[] }> {
    return this.transaction(async (c) => {
      await this.lockLiveOrder(input.order_id, c);
      const claim = await this.createClaims(
        {
          order_id: input.order_id,
          type: input.type,
          refund_amount: toDecimal(input.refund_amount),
          created_by: input.created_by ?? null,
        },
        c,
      );
      const outbound = await this.addOutboundItems(input.order_id, input.outbound, c);
      await this.createClaimItems(
        [
          ...input.items.map((i) => ({
            claim_id: claim.id,
            item_id: i.item_id,
            quantity: i.quantity,
            reason: i.reason ?? null,
            note: i.note ?? null,
          })),
          ...outbound.map((item_id, n) => ({
            claim_id: claim.id,
            item_id,
            quantity: input.outbound[n]?.quantity ?? 0,
            is_additional_item: true,
          })),
        ],
        c,
      );
      await this.applyMoves(
        input.order_id,
        input.items.map((i, n) => ({
          item_id: i.item_id,
          deltas: { written_off_quantity: i.quantity },
          field: ["items", String(n), "quantity"],
        })),
        c,
      );
      await this.recordOrderChange(
        {
          order_id: input.order_id,
          change_type: "claim",
          claim_id: claim.id,
          created_by: input.created_by ?? null,
          actions: [
            ...input.items.map((i) => ({
              action: "WRITE_OFF_ITEM",
              reference: "order_claim",
              reference_id: claim.id,
              details: { item_id: i.item_id, quantity: i.quantity, reason: i.reason ?? null },
            })),
            ...outbound.map((item_id, n) => ({
              action: "ITEM_ADD",
              reference: "order_line_item",
              reference_id: item_id,
              details: { quantity: input.outbound[n]?.quantity ?? 0, unit_price: "0" },
            })),
          ],
        },
        c,
      );
      return { claim: await this.retrieveClaim(claim.id, { relations: ["items"] }, c), outbound_item_ids: outbound };
    }, ctx);
  }

  /** Removes an exchange or a claim again (a compensation): its return, outbound items, changes and rows. */
  async removeExchangeOrClaim(input: { exchange_id?: string; claim_id?: string }, ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      const exchange = input.exchange_id
        ? (await this.listExchanges({ id: input.exchange_id }, { relations: ["items"] }, c))[0]
        : undefined;
      const claim = input.claim_id
        ? (await this.listClaims({ id: input.claim_id }, { relations: ["items"] }, c))[0]
        : undefined;
      const found = exchange ?? claim;
      if (!found) return;
      await this.lockOrder(found.order_id, c);
      if (exchange?.return_id) await this.removeReturnRequest(exchange.return_id, c);
      if (claim)
        await this.applyMoves(
          claim.order_id,
          (claim.items ?? [])
            .filter((i) => !i.is_additional_item)
            .map((i) => ({ item_id: i.item_id, deltas: { written_off_quantity: -i.quantity } })),
          c,
          true,
        );
      for (const change of await this.listOrderChanges(
        exchange ? { exchange_id: exchange.id } : { claim_id: claim?.id },
        { select: ["id"] },
        c,
      ))
        await this.undoOrderChange(change.id, c);
      const added = exchange
        ? (exchange.items ?? []).map((i) => i.item_id)
        : (claim?.items ?? []).filter((i) => i.is_additional_item).map((i) => i.item_id);
      if (added.length) await this.deleteLineItems(added, c);
      if (exchange) await this.deleteExchanges([exchange.id], c);
      if (claim) await this.deleteClaims([claim.id], c);
    }, ctx);
  }
}

type Quantities = { id: string; quantity: number } & Record<(typeof ITEM_QUANTITY_COLUMNS)[number], number>;

/** The moves applied without the rules: an undo puts back what was, whatever happened since. */
function applyUnchecked(items: Quantities[], moves: ItemQuantityMove[]): Quantities[] {
  const byId = new Map(items.map((i) => [i.id, { ...i }]));
  for (const move of moves) {
    const item = byId.get(move.item_id);
    if (!item) continue;
    for (const column of ITEM_QUANTITY_COLUMNS) item[column] = Math.max(0, item[column] + (move.deltas[column] ?? 0));
  }
  return [...byId.values()];
}
