import type { CreateInput, UpdateInput } from "../../../framework/modules/service-factory.ts";
import { columnsOf, each, moduleRowSteps } from "../../common/steps/module-rows.ts";

const { createRowsStep, updateRowsStep, softDeleteRowsStep } = moduleRowSteps("inventory");

export const createInventoryItemsStepId = "create-inventory-items";
/** Creates items with their levels, all or none (one INSERT for items without levels); compensation deletes them. */
export const createInventoryItemsStep = createRowsStep(
  createInventoryItemsStepId,
  async (s, input: CreateInput<"InventoryItem">[]) => (input.length ? s.createInventoryItems(input) : []),
  (s, ids) => s.deleteInventoryItems(ids),
);

export const updateInventoryItemsStepId = "update-inventory-items";
/** Updates items; compensation writes back their columns. */
export const updateInventoryItemsStep = updateRowsStep(updateInventoryItemsStepId, {
  snapshot: (s, ids) => each(ids, (id) => s.retrieveInventoryItem(id)),
  update: (s, input: (UpdateInput<"InventoryItem"> & { id: string })[]) =>
    each(input, (data) => s.updateInventoryItems(data)),
  restore: (s, previous) => each(previous, (item) => s.updateInventoryItems({ id: item.id, ...columnsOf(item) })),
});

export const deleteInventoryItemsStepId = "delete-inventory-items";
/** Soft-deletes items with their levels and reservations; compensation restores them. */
export const deleteInventoryItemsStep = softDeleteRowsStep(deleteInventoryItemsStepId, {
  retrieve: (s, id) => s.retrieveInventoryItem(id),
  softDelete: (s, ids) => s.softDeleteInventoryItems(ids),
  restore: (s, ids) => s.restoreInventoryItems(ids),
});
