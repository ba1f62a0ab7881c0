import type { EventMessage } from "../../framework/events/types.ts";
import type { LinkInput } from "../../framework/links/link-input.ts";
import { createWorkflow, transform, when, WorkflowResponse } from "../../framework/workflows/index.ts";
import { OrderLifecycleEvents } from "../../modules/order/events.ts";
import { createRemoteLinkStep } from "../common/steps/create-remote-links.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { refundOrder } from "./refund-order.ts";
import { createFulfillmentStep } from "./steps/fulfillments.ts";
import { type ReceiveOrderReturnInput, prepareReturnReceiptStep } from "./steps/prepare-receipt.ts";
import { type RequestOrderReturnInput, prepareOrderReturnStep } from "./steps/prepare-return.ts";
import { prepareOrderRefundStep } from "./steps/refund-order.ts";
import { receiveReturnStep, requestReturnStep } from "./steps/returns.ts";
import { applyStockMovesStep } from "./steps/stock-moves.ts";

/**
 * Requests a return of some of an order's items (Medusa's createAndCompleteReturnOrderWorkflow):
 * the return is written with its items and reasons, the items' return_requested quantities rise
 * (RETURN_ITEM; beyond shipped − already asked back is NOT_ALLOWED), a return shipping option
 * prices the return shipping and, with a location, books the return fulfillment (linked to the
 * return). `order.return_requested` follows.
 * @example await requestOrderReturnWorkflow(container).run({ input: { order_id, items: [{ item_id, quantity: 1 }] } })
 */
export const requestOrderReturnWorkflow = createWorkflow("request-order-return", (input: RequestOrderReturnInput) => {
  const plan = prepareOrderReturnStep(input);
  const ret = requestReturnStep(transform({ plan }, ({ plan: p }) => p.request));
  when("book-return-fulfillment", plan, (p) => p.fulfillment !== null).then(() => {
    const fulfillment = createFulfillmentStep(
      transform({ plan }, ({ plan: p }) => p.fulfillment ?? { location_id: "", provider_id: "", items: [] }),
    );
    createRemoteLinkStep(
      transform({ ret, fulfillment }, ({ ret: r, fulfillment: f }): LinkInput[] => [
        { order: { return_id: r.id }, fulfillment: { fulfillment_id: f.id } },
      ]),
    );
  });
  emitEventStep(
    transform({ ret }, ({ ret: r }): EventMessage[] => [
      { name: OrderLifecycleEvents.RETURN_REQUESTED, data: { order_id: r.order_id, return_id: r.id } },
    ]),
  );
  return new WorkflowResponse(transform({ ret }, ({ ret: r }) => ({ order_id: r.order_id, return_id: r.id })));
});

/**
 * Receives a return's items (Medusa's receive-and-confirm flow): the items move from requested to
 * received (RECEIVE_RETURN_ITEM) or, damaged, to written off (RECEIVE_DAMAGED_RETURN_ITEM); with
 * `restock` the undamaged ones go back in stock at the return's location; then what the receipt
 * is worth (items with discounts and taxes, less return shipping) is refunded through the payment
 * module and recorded as a negative transaction. Receiving more than requested, or refunding more
 * than is captured, is NOT_ALLOWED and leaves everything as it was. `order.return_received` follows.
 */
export const receiveOrderReturnWorkflow = createWorkflow("receive-order-return", (input: ReceiveOrderReturnInput) => {
  const plan = prepareReturnReceiptStep(input);
  const refund = prepareOrderRefundStep(
    transform({ plan }, ({ plan: p }) => ({ order_id: p.order_id, amount: p.refund, return_id: p.return_id })),
  );
  receiveReturnStep(
    transform({ input }, ({ input: i }) => ({
      return_id: i.return_id,
      items: i.items,
      created_by: i.created_by ?? null,
    })),
  );
  applyStockMovesStep(transform({ plan }, ({ plan: p }) => p.stock));
  refundOrder("refund-return", refund);
  emitEventStep(
    transform({ plan }, ({ plan: p }): EventMessage[] => [
      { name: OrderLifecycleEvents.RETURN_RECEIVED, data: { order_id: p.order_id, return_id: p.return_id } },
    ]),
  );
  return new WorkflowResponse(
    transform({ plan, refund }, ({ plan: p, refund: r }) => ({
      order_id: p.order_id,
      return_id: p.return_id,
      refunded: r.amount,
    })),
  );
});
