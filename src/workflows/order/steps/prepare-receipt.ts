import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { Decimal } from "../../../framework/money/index.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { StockMove } from "../../../modules/inventory/service.ts";
import { itemValue } from "../../../framework/totals/item-value.ts";
import { lineStock } from "../inventory-lines.ts";

/** What an admin received back for a return, and whether it goes back on the shelf. */
export interface ReceiveOrderReturnInput {
  return_id: string;
  items: { item_id: string; quantity: number; damaged?: boolean }[];
  /** Put the undamaged items back in stock at the return's location (or `location_id`). */
  restock: boolean;
  location_id?: string | null;
  /** Refund what the receipt is worth (default true). */
  refund?: boolean;
  created_by?: string | null;
}

/** The receipt's stock moves and what it refunds. */
export interface ReceiptPlan {
  order_id: string;
  return_id: string;
  stock: StockMove[];
  /** A decimal string. */
  refund: string;
}

export const prepareReturnReceiptStepId = "prepare-return-receipt";
/**
 * Plans a receipt (reads only): restocking needs a location (the return's, or one given); the
 * refund is the received items' value with discounts and taxes, less the return shipping on the
 * first receipt; an exchange's return refunds what the exchange owes the customer once it is
 * received in full. The quantities are checked when the receipt is written.
 */
export const prepareReturnReceiptStep = createStep(
  prepareReturnReceiptStepId,
  async (input: ReceiveOrderReturnInput, { container }) => {
    const orders = container.resolve("order");
    const [ret] = await orders.listReturns({ id: input.return_id }, { relations: ["items"] });
    if (!ret)
      throw new TesseraError(TesseraError.Types.NOT_FOUND, `Return ${input.return_id} was not found`, {
        field: ["returnId"],
      });
    const order = await orders.retrieveOrder(ret.order_id, { relations: ["items.adjustments", "items.tax_lines"] });
    const location = input.location_id ?? ret.location_id;
    if (input.restock && !location)
      throw new TesseraError(TesseraError.Types.INVALID_DATA, "Say where to restock: the return has no location", {
        field: ["locationId"],
      });
    const itemOf = (id: string) => (order.items ?? []).find((i) => i.id === id);
    const kept = input.restock ? input.items.filter((i) => !i.damaged) : [];
    const stock = await lineStock(
      container,
      kept.map((i) => ({ id: i.item_id, variant_id: itemOf(i.item_id)?.variant_id ?? null, quantity: i.quantity })),
    );
    let refund = new Decimal(0);
    if (ret.exchange_id) {
      const exchange = await orders.retrieveExchange(ret.exchange_id, { select: ["difference_due"] });
      const backAfter = (ret.items ?? []).every((ri) => {
        const got = input.items.filter((i) => i.item_id === ri.item_id).reduce((n, i) => n + i.quantity, 0);
        return ri.received_quantity + ri.damaged_quantity + got >= ri.quantity;
      });
      if (backAfter) refund = exchange.difference_due.negated().minus(ret.refund_amount);
    } else {
      for (const got of input.items) {
        const item = itemOf(got.item_id);
        if (item) refund = refund.plus(itemValue(item, got.quantity, order.currency_code));
      }
      if (ret.status === "requested") refund = refund.minus(ret.shipping_amount);
    }
    const plan: ReceiptPlan = {
      order_id: order.id,
      return_id: ret.id,
      stock: stock.map((s) => ({ ...s, location_id: location ?? "", stocked: s.quantity, reserved: 0 })),
      refund: input.refund === false || !refund.gt(0) ? "0" : refund.toFixed(),
    };
    return new StepResponse(plan);
  },
);
