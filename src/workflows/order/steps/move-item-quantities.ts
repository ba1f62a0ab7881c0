import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { ItemQuantityMove } from "../../../modules/order/item-quantities.ts";
import type { OrderChangeInput } from "../../../modules/order/types.ts";

export const moveItemQuantitiesStepId = "move-item-quantities";
/**
 * Moves the order's item quantities and records the change (one transaction under the order's
 * lock, where the quantity rules are checked against concurrent changes); compensation reverses
 * the moves and removes the change.
 */
export const moveItemQuantitiesStep = createStep(
  moveItemQuantitiesStepId,
  async (input: { change: OrderChangeInput; moves: ItemQuantityMove[] }, { container }) => {
    const change = await container.resolve("order").moveItemQuantities(input);
    return new StepResponse(change, { order_id: change.order_id, change_id: change.id, moves: input.moves });
  },
  async (undo, { container }) => {
    await container.resolve("order").revertItemQuantities(undo);
  },
);
