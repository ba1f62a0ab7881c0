import type { EventMessage } from "../../framework/events/types.ts";
import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { OrderEvents } from "../../modules/order/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { confirmOrderEditStep } from "./steps/confirm-order-edit.ts";
import { beginOrderEditStep, cancelOrderEditStep } from "./steps/order-edit.ts";
import { type EditOperation, updateOrderEditActionsStep } from "./steps/order-edit-actions.ts";

// Order edits (Medusa's beginOrderEditOrderWorkflow, orderEditAddNewItemWorkflow,
// orderEditUpdateItemQuantityWorkflow, confirmOrderEditRequestWorkflow, cancelBeginOrderEditWorkflow):
// an `edit` change collects actions while the order stays as it is; confirming applies them.

/**
 * Begins an edit of the order (one active change per order).
 * @example const { result } = await beginOrderEditWorkflow(container).run({ input: { order_id } }) // { id: "ordch_…", order_id }
 */
export const beginOrderEditWorkflow = createWorkflow(
  "begin-order-edit",
  (input: { order_id: string; created_by?: string | null; description?: string | null }) =>
    new WorkflowResponse(beginOrderEditStep(input)),
);

/**
 * Adds items, changes a quantity or removes an item in a pending edit (EditOperation); the order
 * is untouched until the edit is confirmed.
 * @example await updateOrderEditWorkflow(container).run({ input: { op: "add", change_id, items: [{ variant_id, quantity: 1 }] } })
 */
export const updateOrderEditWorkflow = createWorkflow("update-order-edit", (input: EditOperation) => {
  updateOrderEditActionsStep(input);
  return new WorkflowResponse(transform({ input }, ({ input: i }) => ({ id: i.change_id })));
});

/**
 * Confirms a pending edit: the order's items change, reservations follow, the change takes the
 * order's next version; emits `order-edit.confirmed` `{ id, order_id }` and `order.updated` `{ id }`.
 * Answers the total's difference (what the customer owes more, or less when negative).
 */
export const confirmOrderEditWorkflow = createWorkflow(
  "confirm-order-edit",
  (input: { change_id: string; confirmed_by?: string | null }) => {
    const confirmed = confirmOrderEditStep(input);
    emitEventStep(
      transform({ confirmed }, ({ confirmed: c }): EventMessage[] => [
        { name: OrderEvents.ORDER_EDIT_CONFIRMED, data: { id: c.id, order_id: c.order_id } },
        { name: OrderEvents.ORDER_UPDATED, data: { id: c.order_id } },
      ]),
    );
    return new WorkflowResponse(confirmed);
  },
);

/** Cancels a pending edit; emits `order-edit.canceled` `{ id, order_id }`. */
export const cancelOrderEditWorkflow = createWorkflow(
  "cancel-order-edit",
  (input: { change_id: string; canceled_by?: string | null }) => {
    const canceled = cancelOrderEditStep(input);
    emitEventStep(
      transform({ canceled }, ({ canceled: c }): EventMessage[] => [
        { name: OrderEvents.ORDER_EDIT_CANCELED, data: { id: c.id, order_id: c.order_id } },
      ]),
    );
    return new WorkflowResponse(canceled);
  },
);
