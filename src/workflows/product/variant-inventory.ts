import type { LinkInput } from "../../framework/links/link-input.ts";
import { transform, type WorkflowData } from "../../framework/workflows/index.ts";
import { createRemoteLinkStep } from "../common/steps/create-remote-links.ts";
import { createInventoryItemsWorkflow, type CreateInventoryItemWorkflowInput } from "../inventory/inventory-items.ts";
import { validateInventoryItemsStep } from "../inventory/steps/validate-inventory-items.ts";

/** An existing inventory item a variant is stocked as, taken `required_quantity` times per unit (default 1). */
export interface VariantInventoryItemInput {
  inventory_item_id: string;
  required_quantity?: number;
}

/** What a variant write says about its stock: Medusa's variant `inventory_items`. */
export interface VariantInventoryInput {
  inventory_items?: VariantInventoryItemInput[];
}

/** A created variant beside the input it came from, as the stock wiring needs them. */
export interface CreatedVariantStock {
  variant: { id: string; title: string; sku: string | null; manage_inventory: boolean };
  inventory_items?: VariantInventoryItemInput[];
  /** Where the input named the variant, for errors (`["variants", "0"]`). */
  field: string[];
}

/** Drops `inventory_items` from variant inputs: the product module knows nothing of them. */
export function withoutInventory<V extends VariantInventoryInput>(
  variants: readonly V[],
): Omit<V, "inventory_items">[] {
  return variants.map(({ inventory_items: _items, ...variant }) => variant);
}

/** The variants that manage inventory but name no item: each gets a new item (Medusa's default item). */
const needingItems = (list: CreatedVariantStock[]) =>
  list.filter((v) => v.variant.manage_inventory && !v.inventory_items?.length);

/**
 * In a workflow, after the variants are created (Medusa's createProductVariantsWorkflow): a
 * variant that manages inventory and names no `inventory_items` gets a new inventory item (its
 * SKU and title) linked with required quantity 1; one that names items is linked to them, which
 * must exist. A variant with `manage_inventory: false` gets neither. Compensation deletes the new
 * items and dismisses the links.
 */
export function createVariantInventory(created: WorkflowData<CreatedVariantStock[]>): void {
  validateInventoryItemsStep(
    transform({ created }, ({ created: list }) =>
      list.flatMap((v) =>
        v.variant.manage_inventory
          ? (v.inventory_items ?? []).map((item, k) => ({
              inventory_item_id: item.inventory_item_id,
              field: [...v.field, "inventoryItems", String(k), "inventoryItemId"],
            }))
          : [],
      ),
    ),
  );
  const items = createInventoryItemsWorkflow.runAsStep({
    input: {
      items: transform({ created }, ({ created: list }) =>
        needingItems(list).map(
          ({ variant }): CreateInventoryItemWorkflowInput => ({
            sku: variant.sku,
            title: variant.title,
            description: variant.title,
            requires_shipping: true,
          }),
        ),
      ),
    },
  });
  createRemoteLinkStep(
    transform({ created, items }, ({ created: list, items: rows }) => {
      const fresh = new Map(needingItems(list).map((v, i) => [v.variant.id, rows[i]?.id ?? ""]));
      return list.flatMap(({ variant, inventory_items }): LinkInput[] => {
        if (!variant.manage_inventory) return [];
        const given = inventory_items?.length
          ? inventory_items
          : [{ inventory_item_id: fresh.get(variant.id) ?? "", required_quantity: 1 }];
        return given.map((item) => ({
          product: { product_variant_id: variant.id },
          inventory: { inventory_item_id: item.inventory_item_id },
          data: { required_quantity: item.required_quantity ?? 1 },
        }));
      });
    }),
  );
}
