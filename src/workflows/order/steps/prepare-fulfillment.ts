import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { FulfillStockInput } from "../../../modules/inventory/service.ts";
import type { FulfillmentInput } from "../../../modules/fulfillment/service.ts";
import type { ItemQuantityMove } from "../../../modules/order/item-quantities.ts";
import type { OrderChangeInput } from "../../../modules/order/types.ts";
import { MANUAL_FULFILLMENT_PROVIDER } from "../../../modules/fulfillment/providers/manual.ts";
import { lineStock } from "../inventory-lines.ts";

/** What an admin fulfils: items of an order from a stock location, optionally with a shipping option. */
export interface CreateOrderFulfillmentInput {
  order_id: string;
  location_id: string;
  items: { id: string; quantity: number }[];
  shipping_option_id?: string | null;
  created_by?: string | null;
}

/** Everything the fulfilment writes, worked out before anything is written. */
export interface FulfillmentPlan {
  order_id: string;
  change: OrderChangeInput;
  moves: ItemQuantityMove[];
  fulfillment: FulfillmentInput;
  stock: FulfillStockInput[];
}

const invalid = (message: string, field: string[]) =>
  new TesseraError(TesseraError.Types.INVALID_DATA, message, { field });

export const prepareOrderFulfillmentStepId = "prepare-order-fulfillment";
/**
 * Checks a fulfilment and plans it (reads only): the order exists and is not canceled, the
 * location exists, each item is the order's with a positive quantity; the provider is the
 * shipping option's (given, or the order's shipping method's), else the manual one. The quantity
 * rules are checked again when the quantities move, under the order's lock.
 */
export const prepareOrderFulfillmentStep = createStep(
  prepareOrderFulfillmentStepId,
  async (input: CreateOrderFulfillmentInput, { container }) => {
    const orders = container.resolve("order");
    const [order] = await orders.listOrders({ id: input.order_id }, { relations: ["items", "shipping_methods"] });
    if (!order)
      throw new TesseraError(TesseraError.Types.NOT_FOUND, `Order ${input.order_id} was not found`, {
        field: ["orderId"],
      });
    if (order.status === "canceled")
      throw new TesseraError(TesseraError.Types.NOT_ALLOWED, `Order ${order.id} is canceled`, { field: ["orderId"] });
    if (!input.items.length) throw invalid("Fulfil at least one item", ["items"]);
    const [location] = await container
      .resolve("stockLocation")
      .listStockLocations({ id: input.location_id }, { take: 1 });
    if (!location)
      throw new TesseraError(TesseraError.Types.NOT_FOUND, `Stock location ${input.location_id} was not found`, {
        field: ["locationId"],
      });
    const lines = input.items.map((asked, n) => {
      const item = (order.items ?? []).find((i) => i.id === asked.id && !i.deleted_at);
      if (!item)
        throw new TesseraError(TesseraError.Types.NOT_FOUND, `Item ${asked.id} is not an item of this order`, {
          field: ["items", String(n), "id"],
        });
      if (!Number.isInteger(asked.quantity) || asked.quantity <= 0)
        throw invalid("quantity must be a positive integer", ["items", String(n), "quantity"]);
      return { item, quantity: asked.quantity };
    });
    const optionId =
      input.shipping_option_id ?? order.shipping_methods?.find((m) => m.shipping_option_id)?.shipping_option_id ?? null;
    const [option] = optionId
      ? await container.resolve("fulfillment").listShippingOptions({ id: optionId }, { select: ["id", "provider_id"] })
      : [];
    if (input.shipping_option_id && !option)
      throw new TesseraError(TesseraError.Types.NOT_FOUND, `Shipping option ${optionId} was not found`, {
        field: ["shippingOptionId"],
      });
    const stock = await lineStock(
      container,
      lines.map((l) => ({ id: l.item.id, variant_id: l.item.variant_id, quantity: l.quantity })),
    );
    const plan: FulfillmentPlan = {
      order_id: order.id,
      moves: lines.map((l, n) => ({
        item_id: l.item.id,
        deltas: { fulfilled_quantity: l.quantity },
        field: ["items", String(n), "quantity"],
      })),
      change: {
        order_id: order.id,
        change_type: "fulfillment",
        created_by: input.created_by ?? null,
        actions: lines.map((l) => ({
          action: "FULFILL_ITEM",
          reference: "order_line_item",
          reference_id: l.item.id,
          details: { quantity: l.quantity, location_id: input.location_id },
        })),
      },
      fulfillment: {
        location_id: input.location_id,
        provider_id: option?.provider_id ?? MANUAL_FULFILLMENT_PROVIDER,
        shipping_option_id: option?.id ?? null,
        items: lines.map((l) => ({
          title: l.item.title,
          sku: l.item.variant_sku,
          barcode: l.item.variant_barcode,
          quantity: l.quantity,
          line_item_id: l.item.id,
          inventory_item_id: stock.find((s) => s.line_item_id === l.item.id)?.inventory_item_id ?? null,
        })),
      },
      stock: stock.map((s) => ({ ...s, location_id: input.location_id })),
    };
    return new StepResponse(plan);
  },
);
