import type { CreateInput } from "../../../framework/modules/service-factory.ts";
import { each, moduleRowSteps } from "../../common/steps/module-rows.ts";

const { createRowsStep, updateRowsStep, softDeleteRowsStep } = moduleRowSteps("inventory");

/** New stocked or incoming quantities of a level. */
export interface InventoryLevelUpdate {
  id: string;
  stocked_quantity?: number;
  incoming_quantity?: number;
}

export const createInventoryLevelsStepId = "create-inventory-levels";
/** Stocks items at locations (unknown items are NOT_FOUND, a second level for a pair DUPLICATE); compensation deletes the levels. */
export const createInventoryLevelsStep = createRowsStep(
  createInventoryLevelsStepId,
  (s, input: (CreateInput<"InventoryLevel"> & { inventory_item_id: string })[]) =>
    each(input, async (level) => {
      await s.retrieveInventoryItem(level.inventory_item_id);
      return s.createInventoryLevels(level);
    }),
  (s, ids) => s.deleteInventoryLevels(ids),
);

export const updateInventoryLevelsStepId = "update-inventory-levels";
/** Sets levels' quantities (stock never below reserved); compensation sets the old quantities back. */
export const updateInventoryLevelsStep = updateRowsStep(updateInventoryLevelsStepId, {
  snapshot: (s, ids) =>
    each(ids, async (id): Promise<Required<InventoryLevelUpdate>> => {
      const level = await s.retrieveInventoryLevel(id);
      return { id, stocked_quantity: level.stocked_quantity, incoming_quantity: level.incoming_quantity };
    }),
  update: (s, input: InventoryLevelUpdate[]) =>
    each(input, ({ id, ...quantities }) => s.setLevelQuantities(id, quantities)),
  restore: (s, previous) => each(previous, ({ id, ...quantities }) => s.setLevelQuantities(id, quantities)),
});

export const deleteInventoryLevelsStepId = "delete-inventory-levels";
/** Soft-deletes levels (one still holding reservations is NOT_ALLOWED); compensation restores them. */
export const deleteInventoryLevelsStep = softDeleteRowsStep(deleteInventoryLevelsStepId, {
  retrieve: (s, id) => s.retrieveInventoryLevel(id),
  softDelete: (s, ids) => s.deleteLevels(ids),
  restore: (s, ids) => s.restoreInventoryLevels(ids),
});
