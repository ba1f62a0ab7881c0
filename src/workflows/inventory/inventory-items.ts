import type { EventMessage } from "../../framework/events/types.ts";
import type { CreateInput } from "../../framework/modules/service-factory.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { InventoryEvents } from "../../modules/inventory/events.ts";
import { deleteWorkflow, rowsWorkflow, type AdditionalData } from "../common/rows-workflows.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import * as steps from "./steps/inventory-items.ts";
import { validateStockLocationsStep } from "./steps/validate-stock-locations.ts";

/** An item to create, with its stock per location. */
export type CreateInventoryItemWorkflowInput = Omit<CreateInput<"InventoryItem">, "levels"> & {
  levels?: { location_id: string; stocked_quantity?: number; incoming_quantity?: number }[];
};

/**
 * Creates inventory items with their levels, once the stock-location module knows every location.
 * Hook `inventoryItemsCreated` receives `{ items, additional_data }`; if it throws, the items are deleted again.
 */
export const createInventoryItemsWorkflow = createWorkflow(
  "create-inventory-items",
  (input: { items: CreateInventoryItemWorkflowInput[]; additional_data?: AdditionalData }) => {
    validateStockLocationsStep(
      transform({ input }, ({ input: i }) =>
        i.items.flatMap((item, n) =>
          (item.levels ?? []).map((l, k) => ({
            location_id: l.location_id,
            field: [String(n), "levels", String(k), "locationId"],
          })),
        ),
      ),
    );
    const items = steps.createInventoryItemsStep(
      transform({ input }, ({ input: i }) =>
        i.items.map((item): CreateInput<"InventoryItem"> => ({ ...item, levels: item.levels ?? [] })),
      ),
    );
    const created = createHook("inventoryItemsCreated", { items, additional_data: input.additional_data });
    emitEventStep(
      transform({ items }, ({ items: rows }) =>
        rows.map((r): EventMessage => ({ name: InventoryEvents.INVENTORY_ITEM_CREATED, data: { id: r.id } })),
      ),
    );
    return new WorkflowResponse(items, { hooks: [created] });
  },
);

/** Updates inventory items; hook `inventoryItemsUpdated`; a failing hook writes the old values back. */
export const updateInventoryItemsWorkflow = rowsWorkflow(
  "update-inventory-items",
  "items",
  "inventoryItemsUpdated",
  steps.updateInventoryItemsStep,
  InventoryEvents.INVENTORY_ITEM_UPDATED,
);
/** Soft-deletes items with their levels and reservations; hook `inventoryItemsDeleted` receives `{ ids }`. */
export const deleteInventoryItemsWorkflow = deleteWorkflow(
  "delete-inventory-items",
  "inventoryItemsDeleted",
  steps.deleteInventoryItemsStep,
  InventoryEvents.INVENTORY_ITEM_DELETED,
);
