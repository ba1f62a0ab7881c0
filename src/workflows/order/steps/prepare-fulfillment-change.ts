import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { linkByEntryPoint } from "../../../framework/links/registry.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { StockMove } from "../../../modules/inventory/service.ts";
import type { ItemQuantityColumn, ItemQuantityMove } from "../../../modules/order/item-quantities.ts";
import type { OrderChangeInput } from "../../../modules/order/types.ts";
import { lineStock } from "../inventory-lines.ts";

/** What happens to an order's fulfillment: canceled, shipped or delivered. */
export type FulfillmentChangeKind = "cancel" | "ship" | "deliver";

const effects: Record<
  FulfillmentChangeKind,
  { column: ItemQuantityColumn; sign: 1 | -1; action: string; type: OrderChangeInput["change_type"] }
> = {
  cancel: { column: "fulfilled_quantity", sign: -1, action: "CANCEL_FULFILL_ITEM", type: "fulfillment" },
  ship: { column: "shipped_quantity", sign: 1, action: "SHIP_ITEM", type: "shipment" },
  deliver: { column: "delivered_quantity", sign: 1, action: "DELIVER_ITEM", type: "delivery" },
};

/** The change to record and, for a cancellation, the stock to put back. */
export interface FulfillmentChangePlan {
  order_id: string;
  fulfillment_id: string;
  change: OrderChangeInput;
  moves: ItemQuantityMove[];
  stock: StockMove[];
}

export const prepareFulfillmentChangeStepId = "prepare-fulfillment-change";
/**
 * Plans a change of one of an order's fulfillments (reads only): the fulfillment must be linked
 * to the order (NOT_FOUND otherwise, on `fulfillmentId`); its items give the quantities to move.
 * A cancellation also plans the stock and reservations to put back at its location.
 */
export const prepareFulfillmentChangeStep = createStep(
  prepareFulfillmentChangeStepId,
  async (
    input: { order_id: string; fulfillment_id: string; kind: FulfillmentChangeKind; created_by?: string | null },
    { container },
  ) => {
    const link = linkByEntryPoint("order_fulfillment");
    const linked = link
      ? await container.resolve("link").list(link, { order_id: input.order_id, fulfillment_id: input.fulfillment_id })
      : [];
    const [fulfillment] = linked.length
      ? await container.resolve("fulfillment").listFulfillments({ id: input.fulfillment_id }, { relations: ["items"] })
      : [];
    if (!fulfillment)
      throw new TesseraError(
        TesseraError.Types.NOT_FOUND,
        `Fulfillment ${input.fulfillment_id} is not a fulfillment of order ${input.order_id}`,
        { field: ["fulfillmentId"] },
      );
    const effect = effects[input.kind];
    const items = (fulfillment.items ?? []).filter((i) => i.line_item_id);
    const orderItems = await container
      .resolve("order")
      .listLineItems({ id: items.map((i) => String(i.line_item_id)) }, { select: ["id", "variant_id"] });
    const stock =
      input.kind === "cancel"
        ? await lineStock(
            container,
            items.map((i) => ({
              id: String(i.line_item_id),
              variant_id: orderItems.find((o) => o.id === i.line_item_id)?.variant_id ?? null,
              quantity: i.quantity,
            })),
          )
        : [];
    const plan: FulfillmentChangePlan = {
      order_id: input.order_id,
      fulfillment_id: fulfillment.id,
      moves: items.map((i) => ({
        item_id: String(i.line_item_id),
        deltas: { [effect.column]: effect.sign * i.quantity },
        field: ["fulfillmentId"],
      })),
      change: {
        order_id: input.order_id,
        change_type: effect.type,
        created_by: input.created_by ?? null,
        actions: items.map((i) => ({
          action: effect.action,
          reference: "fulfillment",
          reference_id: fulfillment.id,
          details: { item_id: i.line_item_id, quantity: i.quantity },
        })),
      },
      stock: stock.map((s) => ({
        ...s,
        location_id: fulfillment.location_id,
        stocked: s.quantity,
        reserved: s.quantity,
      })),
    };
    return new StepResponse(plan);
  },
);
