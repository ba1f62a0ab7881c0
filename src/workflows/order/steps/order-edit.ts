import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { withLockedOrder } from "../locked-order.ts";
import { withPendingEdit } from "../edit-state.ts";

export const beginOrderEditStepId = "begin-order-edit";
/**
 * Begins an `edit` change of the order (beginOrderChange: one active change per order, a second
 * is NOT_ALLOWED; a canceled order is ORDER_CANCELED). Compensation removes it.
 */
export const beginOrderEditStep = createStep(
  beginOrderEditStepId,
  async (input: { order_id: string; created_by?: string | null; description?: string | null }, { container }) => {
    const change = await withLockedOrder(container, input.order_id, (ctx) =>
      container.resolve("order").beginOrderChange(
        {
          order_id: input.order_id,
          change_type: "edit",
          created_by: input.created_by ?? null,
          description: input.description ?? null,
        },
        ctx,
      ),
    );
    return new StepResponse({ id: change.id, order_id: change.order_id }, change.id);
  },
  async (changeId, { container }) => {
    await container.resolve("order").undoOrderChange(changeId);
  },
);

export const cancelOrderEditStepId = "cancel-order-edit";
/** Cancels a pending edit (nothing of it reaches the order). Compensation makes it pending again. */
export const cancelOrderEditStep = createStep(
  cancelOrderEditStepId,
  async (input: { change_id: string; canceled_by?: string | null }, { container }) => {
    const orderId = await withPendingEdit(container, input.change_id, async (ctx, edit) => {
      await container
        .resolve("order")
        .closeOrderChange(input.change_id, { status: "canceled", by: input.canceled_by ?? null }, ctx);
      return edit.change.order_id;
    });
    return new StepResponse({ id: input.change_id, order_id: orderId }, input.change_id);
  },
  async (changeId, { container }) => {
    await container
      .resolve("order")
      .updateOrderChanges({ id: changeId, status: "pending", canceled_at: null, canceled_by: null });
  },
);
