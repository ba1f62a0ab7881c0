import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const validateInventoryItemsStepId = "validate-inventory-items";

/** An inventory item an input names, and the input field that named it. */
export interface InventoryItemReference {
  inventory_item_id: string;
  field: string[];
}

/**
 * Refuses inventory items that do not exist (Medusa's validateInventoryItems): a userError with
 * code NOT_FOUND on the field that named the item, before anything is written.
 */
export const validateInventoryItemsStep = createStep(
  validateInventoryItemsStepId,
  async (input: InventoryItemReference[], { container }) => {
    const ids = [...new Set(input.map((r) => r.inventory_item_id))];
    const found = ids.length
      ? await container.resolve("inventory").listInventoryItems({ id: ids }, { select: ["id"] })
      : [];
    const known = new Set(found.map((i) => i.id));
    const missing = input.find((r) => !known.has(r.inventory_item_id));
    if (missing)
      throw new TesseraError(
        TesseraError.Types.INVALID_DATA,
        `Inventory item ${missing.inventory_item_id} does not exist`,
        { field: missing.field, code: "NOT_FOUND" },
      );
    return new StepResponse(ids.length);
  },
);
