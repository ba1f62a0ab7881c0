import type { EventMessage } from "../../framework/events/types.ts";
import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import type { FulfillmentLabelInput } from "../../modules/fulfillment/service.ts";
import { OrderLifecycleEvents } from "../../modules/order/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { cancelFulfillmentStep, deliverFulfillmentStep, shipFulfillmentStep } from "./steps/fulfillments.ts";
import { moveItemQuantitiesStep } from "./steps/move-item-quantities.ts";
import { prepareFulfillmentChangeStep } from "./steps/prepare-fulfillment-change.ts";
import { applyStockMovesStep } from "./steps/stock-moves.ts";

/** One of an order's fulfillments, and who acts. */
export interface OrderFulfillmentRef {
  order_id: string;
  fulfillment_id: string;
  created_by?: string | null;
}

const result = (p: { order_id: string; fulfillment_id: string }) => ({
  order_id: p.order_id,
  fulfillment_id: p.fulfillment_id,
});

/**
 * Cancels an unshipped fulfillment of an order (Medusa's cancelOrderFulfillmentWorkflow): its
 * items' fulfilled quantities go back, the stock it took returns to its location together with
 * the reservations, `order.fulfillment_canceled` follows. A shipped one is NOT_ALLOWED.
 */
export const cancelOrderFulfillmentWorkflow = createWorkflow(
  "cancel-order-fulfillment",
  (input: OrderFulfillmentRef) => {
    const plan = prepareFulfillmentChangeStep(
      transform({ input }, ({ input: i }) => ({ ...i, kind: "cancel" as const })),
    );
    cancelFulfillmentStep(transform({ plan }, ({ plan: p }) => p.fulfillment_id));
    moveItemQuantitiesStep(transform({ plan }, ({ plan: p }) => ({ change: p.change, moves: p.moves })));
    applyStockMovesStep(transform({ plan }, ({ plan: p }) => p.stock));
    emitEventStep(
      transform({ plan }, ({ plan: p }): EventMessage[] => [
        { name: OrderLifecycleEvents.FULFILLMENT_CANCELED, data: result(p) },
      ]),
    );
    return new WorkflowResponse(transform({ plan }, ({ plan: p }) => result(p)));
  },
);

/**
 * Ships a fulfillment of an order with its labels (Medusa's createOrderShipmentWorkflow): its
 * items' shipped quantities rise (SHIP_ITEM), `order.shipment_created` follows. A canceled or
 * shipped fulfillment is NOT_ALLOWED.
 */
export const createOrderShipmentWorkflow = createWorkflow(
  "create-order-shipment",
  (input: OrderFulfillmentRef & { labels: FulfillmentLabelInput[] }) => {
    const plan = prepareFulfillmentChangeStep(
      transform({ input }, ({ input: i }) => ({ ...i, kind: "ship" as const })),
    );
    shipFulfillmentStep(transform({ input }, ({ input: i }) => ({ id: i.fulfillment_id, labels: i.labels })));
    moveItemQuantitiesStep(transform({ plan }, ({ plan: p }) => ({ change: p.change, moves: p.moves })));
    emitEventStep(
      transform({ plan }, ({ plan: p }): EventMessage[] => [
        { name: OrderLifecycleEvents.SHIPMENT_CREATED, data: result(p) },
      ]),
    );
    return new WorkflowResponse(transform({ plan }, ({ plan: p }) => result(p)));
  },
);

/**
 * Marks a shipped fulfillment of an order delivered (Medusa's markOrderFulfillmentAsDeliveredWorkflow):
 * its items' delivered quantities rise (DELIVER_ITEM), `delivery.created` follows.
 */
export const markOrderFulfillmentDeliveredWorkflow = createWorkflow(
  "mark-order-fulfillment-delivered",
  (input: OrderFulfillmentRef) => {
    const plan = prepareFulfillmentChangeStep(
      transform({ input }, ({ input: i }) => ({ ...i, kind: "deliver" as const })),
    );
    deliverFulfillmentStep(transform({ plan }, ({ plan: p }) => p.fulfillment_id));
    moveItemQuantitiesStep(transform({ plan }, ({ plan: p }) => ({ change: p.change, moves: p.moves })));
    emitEventStep(
      transform({ plan }, ({ plan: p }): EventMessage[] => [
        { name: OrderLifecycleEvents.DELIVERY_CREATED, data: { id: p.fulfillment_id, order_id: p.order_id } },
      ]),
    );
    return new WorkflowResponse(transform({ plan }, ({ plan: p }) => result(p)));
  },
);
