import type { EventMessage } from "../../framework/events/types.ts";
import type { LinkInput } from "../../framework/links/link-input.ts";
import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { OrderLifecycleEvents } from "../../modules/order/events.ts";
import { createRemoteLinkStep } from "../common/steps/create-remote-links.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { createFulfillmentStep } from "./steps/fulfillments.ts";
import { moveItemQuantitiesStep } from "./steps/move-item-quantities.ts";
import { type CreateOrderFulfillmentInput, prepareOrderFulfillmentStep } from "./steps/prepare-fulfillment.ts";
import { fulfillStockStep } from "./steps/stock-moves.ts";

/**
 * Fulfils items of an order from a stock location (Medusa's createOrderFulfillmentWorkflow): the
 * items' fulfilled quantities rise (FULFILL_ITEM, refused beyond ordered − fulfilled), a
 * fulfillment is booked with the shipping option's provider and linked to the order, and the
 * items' reservations become stock decrements at the location (refused where the location has
 * too little). `order.fulfillment_created` follows; any failure undoes the steps before it.
 * @example await createOrderFulfillmentWorkflow(container).run({ input: { order_id, location_id, items: [{ id: itemId, quantity: 1 }] } })
 */
export const createOrderFulfillmentWorkflow = createWorkflow(
  "create-order-fulfillment",
  (input: CreateOrderFulfillmentInput) => {
    const plan = prepareOrderFulfillmentStep(input);
    moveItemQuantitiesStep(transform({ plan }, ({ plan: p }) => ({ change: p.change, moves: p.moves })));
    const fulfillment = createFulfillmentStep(transform({ plan }, ({ plan: p }) => p.fulfillment));
    fulfillStockStep(transform({ plan }, ({ plan: p }) => p.stock));
    createRemoteLinkStep(
      transform({ plan, fulfillment }, ({ plan: p, fulfillment: f }): LinkInput[] => [
        { order: { order_id: p.order_id }, fulfillment: { fulfillment_id: f.id } },
      ]),
    );
    emitEventStep(
      transform({ plan, fulfillment }, ({ plan: p, fulfillment: f }): EventMessage[] => [
        { name: OrderLifecycleEvents.FULFILLMENT_CREATED, data: { order_id: p.order_id, fulfillment_id: f.id } },
      ]),
    );
    return new WorkflowResponse(
      transform({ plan, fulfillment }, ({ plan: p, fulfillment: f }) => ({
        order_id: p.order_id,
        fulfillment_id: f.id,
      })),
    );
  },
);
