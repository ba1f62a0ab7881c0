import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import type { Row } from "../../../framework/modules/service-factory.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

/** Add `adjustment` (may be negative) to the stock of an item at a location (Medusa's shape). */
export interface InventoryAdjustment {
  inventory_item_id: string;
  location_id: string;
  adjustment: number;
}

export const adjustInventoryLevelsStepId = "adjust-inventory-levels";

/**
 * Adds each adjustment to its level's stocked quantity, each under the level's row lock, so two
 * runs at once both apply. Compensation adds the opposite of what was applied.
 */
export const adjustInventoryLevelsStep = createStep(
  adjustInventoryLevelsStepId,
  async (input: InventoryAdjustment[], { container }) => {
    const inventory = container.resolve("inventory");
    const levels: Row<"InventoryLevel">[] = [];
    const applied: InventoryAdjustment[] = [];
    try {
      for (const adjustment of input) {
        levels.push(
          await inventory.adjustInventory(adjustment.inventory_item_id, adjustment.location_id, adjustment.adjustment),
        );
        applied.push(adjustment);
      }
    } catch (error) {
      // Each adjustment commits alone: undo the ones before the failing one here, since a step that throws is not compensated.
      for (const done of applied.reverse())
        await inventory.adjustInventory(done.inventory_item_id, done.location_id, -done.adjustment);
      throw error;
    }
    return new StepResponse(levels, applied);
  },
  async (applied, { container }) => {
    const inventory = container.resolve("inventory");
    for (const done of [...applied].reverse())
      await inventory.adjustInventory(done.inventory_item_id, done.location_id, -done.adjustment);
  },
);

export const validateAdjustmentsStepId = "validate-inventory-adjustments";

/**
 * Refuses adjustments naming an item or a stock location that does not exist: a userError with
 * code NOT_FOUND on `inventoryItemId` or `locationId` (batch position first), before any write.
 */
export const validateAdjustmentsStep = createStep(
  validateAdjustmentsStepId,
  async (input: InventoryAdjustment[], { container }) => {
    const itemIds = [...new Set(input.map((a) => a.inventory_item_id))];
    const locationIds = [...new Set(input.map((a) => a.location_id))];
    const items = new Set(
      (await container.resolve("inventory").listInventoryItems({ id: itemIds }, { select: ["id"] })).map((i) => i.id),
    );
    const locations = container.hasRegistration("stockLocation")
      ? new Set(
          (await container.resolve("stockLocation").listStockLocations({ id: locationIds }, { select: ["id"] })).map(
            (l) => l.id,
          ),
        )
      : new Set(locationIds);
    for (const [n, a] of input.entries()) {
      if (!items.has(a.inventory_item_id))
        throw new TesseraError(
          TesseraError.Types.INVALID_DATA,
          `Inventory item ${a.inventory_item_id} does not exist`,
          {
            field: [String(n), "inventoryItemId"],
            code: "NOT_FOUND",
          },
        );
      if (!locations.has(a.location_id))
        throw new TesseraError(TesseraError.Types.INVALID_DATA, `Stock location ${a.location_id} does not exist`, {
          field: [String(n), "locationId"],
          code: "NOT_FOUND",
        });
    }
    return new StepResponse(input.length);
  },
);
