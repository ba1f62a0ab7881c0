import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { InventoryEvents } from "../../modules/inventory/events.ts";
import { deleteWorkflow, rowsWorkflow, type AdditionalData } from "../common/rows-workflows.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import * as steps from "./steps/inventory-levels.ts";
import { validateStockLocationsStep } from "./steps/validate-stock-locations.ts";

/** A level to create: an item stocked at a location. */
export interface CreateInventoryLevelWorkflowInput {
  inventory_item_id: string;
  location_id: string;
  stocked_quantity?: number;
  incoming_quantity?: number;
}

/**
 * Stocks items at locations the stock-location module knows (an unknown one is INVALID_DATA).
 * Hook `inventoryLevelsCreated` receives `{ inventory_levels, additional_data }`; if it throws, the levels are deleted again.
 */
export const createInventoryLevelsWorkflow = createWorkflow(
  "create-inventory-levels",
  (input: { inventory_levels: CreateInventoryLevelWorkflowInput[]; additional_data?: AdditionalData }) => {
    validateStockLocationsStep(
      transform({ input }, ({ input: i }) =>
        i.inventory_levels.map((l, n) => ({ location_id: l.location_id, field: [String(n), "locationId"] })),
      ),
    );
    const levels = steps.createInventoryLevelsStep(input.inventory_levels);
    const created = createHook("inventoryLevelsCreated", {
      inventory_levels: levels,
      additional_data: input.additional_data,
    });
    emitEventStep(
      transform({ levels }, ({ levels: rows }) =>
        rows.map((r): EventMessage => ({ name: InventoryEvents.INVENTORY_LEVEL_CREATED, data: { id: r.id } })),
      ),
    );
    return new WorkflowResponse(levels, { hooks: [created] });
  },
);

/** Sets levels' quantities; hook `inventoryLevelsUpdated`; a failing hook sets the old quantities back. */
export const updateInventoryLevelsWorkflow = rowsWorkflow(
  "update-inventory-levels",
  "inventory_levels",
  "inventoryLevelsUpdated",
  steps.updateInventoryLevelsStep,
  InventoryEvents.INVENTORY_LEVEL_UPDATED,
);
/** Soft-deletes levels; hook `inventoryLevelsDeleted` receives `{ ids }`. */
export const deleteInventoryLevelsWorkflow = deleteWorkflow(
  "delete-inventory-levels",
  "inventoryLevelsDeleted",
  steps.deleteInventoryLevelsStep,
  InventoryEvents.INVENTORY_LEVEL_DELETED,
);
