import type { EventMessage } from "../../framework/events/types.ts";
import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { InventoryEvents } from "../../modules/inventory/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import {
  adjustInventoryLevelsStep,
  type InventoryAdjustment,
  validateAdjustmentsStep,
} from "./steps/adjust-inventory-levels.ts";

/**
 * Adds deltas to stocked quantities (Medusa's adjustInventoryLevelsWorkflow): unknown items and
 * locations are refused first, a level is adjusted under its row lock (concurrent deltas all
 * apply), stock never drops below zero nor below what is reserved without backorder. A later
 * failure (an outer workflow's) adds the opposite deltas. Emits `inventory-level.updated`.
 * @example await adjustInventoryLevelsWorkflow(container).run({ input: { input: [{ inventory_item_id: "iitem_1", location_id: "sloc_1", adjustment: -2 }] } })
 */
export const adjustInventoryLevelsWorkflow = createWorkflow(
  "adjust-inventory-levels",
  (input: { input: InventoryAdjustment[] }) => {
    validateAdjustmentsStep(input.input);
    const levels = adjustInventoryLevelsStep(input.input);
    emitEventStep(
      transform({ levels }, ({ levels: rows }) =>
        rows.map((r): EventMessage => ({ name: InventoryEvents.INVENTORY_LEVEL_UPDATED, data: { id: r.id } })),
      ),
    );
    return new WorkflowResponse(levels);
  },
);
