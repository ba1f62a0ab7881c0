import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { FulfillmentInput } from "../../../modules/fulfillment/service.ts";
import type { RequestReturnInput, ReturnItemInput } from "../../../modules/order/lifecycle-service.ts";
import { returnShipping } from "../return-shipping.ts";

/** A return to request: by an admin, or by the order's customer (`customer_id` set). */
export interface RequestOrderReturnInput {
  order_id: string;
  items: ReturnItemInput[];
  return_shipping_option_id?: string | null;
  location_id?: string | null;
  created_by?: string | null;
  /** When a customer asks: the order must be theirs (NOT_FOUND otherwise, as an unknown id). */
  customer_id?: string | null;
}

/** The return as the order module writes it, and the return fulfillment to book (with a shipping option and a location). */
export interface ReturnPlan {
  request: RequestReturnInput;
  fulfillment: FulfillmentInput | null;
}

const notFound = (message: string, field: string[]) =>
  new TesseraError(TesseraError.Types.NOT_FOUND, message, { field });

export const prepareOrderReturnStepId = "prepare-order-return";
/**
 * Checks a return request and plans it (reads only): the order exists (and is the customer's
 * when a customer asks), the items are the order's with positive quantities, the location
 * exists, the return shipping option is priced in the order's currency. How many may come back
 * is checked when the quantities move, under the order's lock.
 */
export const prepareOrderReturnStep = createStep(
  prepareOrderReturnStepId,
  async (input: RequestOrderReturnInput, { container }) => {
    const [order] = await container.resolve("order").listOrders({ id: input.order_id }, { relations: ["items"] });
    if (!order || (input.customer_id !== undefined && order.customer_id !== input.customer_id))
      throw notFound(`Order ${input.order_id} was not found`, ["orderId"]);
    if (!input.items.length)
      throw new TesseraError(TesseraError.Types.INVALID_DATA, "Return at least one item", { field: ["items"] });
    const lines = input.items.map((asked, n) => {
      const item = (order.items ?? []).find((i) => i.id === asked.item_id && !i.deleted_at);
      if (!item) throw notFound(`Item ${asked.item_id} is not an item of this order`, ["items", String(n), "id"]);
      if (!Number.isInteger(asked.quantity) || asked.quantity <= 0)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, "quantity must be a positive integer", {
          field: ["items", String(n), "quantity"],
        });
      return { item, quantity: asked.quantity };
    });
    if (input.location_id) {
      const [location] = await container
        .resolve("stockLocation")
        .listStockLocations({ id: input.location_id }, { take: 1 });
      if (!location) throw notFound(`Stock location ${input.location_id} was not found`, ["locationId"]);
    }
    const shipping = input.return_shipping_option_id
      ? await returnShipping(container, input.return_shipping_option_id, order)
      : null;
    const plan: ReturnPlan = {
      request: {
        order_id: order.id,
        items: input.items,
        location_id: input.location_id ?? null,
        shipping_option_id: shipping?.shipping_option_id ?? null,
        shipping_amount: shipping?.amount ?? "0",
        created_by: input.created_by ?? null,
      },
      fulfillment:
        shipping && input.location_id
          ? {
              location_id: input.location_id,
              provider_id: shipping.provider_id,
              shipping_option_id: shipping.shipping_option_id,
              items: lines.map((l) => ({
                title: l.item.title,
                sku: l.item.variant_sku,
                quantity: l.quantity,
                line_item_id: l.item.id,
              })),
              metadata: { is_return: true },
            }
          : null,
    };
    return new StepResponse(plan);
  },
);
