import { TesseraError } from "../../framework/errors/tessera-error.ts";
import type { LinkInput } from "../../framework/links/link-input.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "../../framework/workflows/index.ts";
import { createRemoteLinkStep } from "../common/steps/create-remote-links.ts";
import { validateInventoryItemsStep } from "../inventory/steps/validate-inventory-items.ts";

/** A variant stocked as an existing inventory item, taken `required_quantity` times per unit sold. */
export interface VariantInventoryLink {
  variant_id: string;
  inventory_item_id: string;
  required_quantity: number;
}

export const validateVariantsStepId = "validate-variants-exist";

/** Refuses variants that do not exist: a userError with code NOT_FOUND on `variantId`. */
const validateVariantsStep = createStep(validateVariantsStepId, async (ids: string[], { container }) => {
  const found = new Set(
    (await container.resolve("product").listProductVariants({ id: ids }, { select: ["id"] })).map((v) => v.id),
  );
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0)
    throw new TesseraError(TesseraError.Types.INVALID_DATA, `Product variant ${ids[missing]} does not exist`, {
      field: [String(missing), "variantId"],
      code: "NOT_FOUND",
    });
  return new StepResponse(ids.length);
});

export const validateItemsUnlinkedStepId = "validate-inventory-items-unlinked";

/** Refuses an item that already stocks another variant (an item belongs to one): CONFLICT on `inventoryItemId`. */
const validateItemsUnlinkedStep = createStep(
  validateItemsUnlinkedStepId,
  async (links: VariantInventoryLink[], { container }) => {
    const definition = linkByEntryPoint("product_variant_inventory_item");
    const rows = definition
      ? await container.resolve("link").list(definition, { inventory_item_id: links.map((l) => l.inventory_item_id) })
      : [];
    for (const [n, l] of links.entries()) {
      const other = rows.find(
        (r) => r.inventory_item_id === l.inventory_item_id && r.product_variant_id !== l.variant_id,
      );
      if (other)
        throw new TesseraError(
          TesseraError.Types.CONFLICT,
          `Inventory item ${l.inventory_item_id} already stocks variant ${String(other.product_variant_id)}; an item stocks one variant`,
          { field: [String(n), "inventoryItemId"] },
        );
    }
    return new StepResponse(links.length);
  },
);

/**
 * Links existing inventory items to variants with their required quantity (Medusa's
 * createLinksWorkflow over product_variant_inventory_item). Linking a pair again sets its
 * quantity; an item already stocking another variant is CONFLICT. Compensation dismisses the new links.
 * @example await linkVariantInventoryItemsWorkflow(container).run({ input: { links: [{ variant_id: "variant_1", inventory_item_id: "iitem_1", required_quantity: 2 }] } })
 */
export const linkVariantInventoryItemsWorkflow = createWorkflow(
  "link-variant-inventory-items",
  (input: { links: VariantInventoryLink[] }) => {
    validateVariantsStep(transform({ input }, ({ input: i }) => i.links.map((l) => l.variant_id)));
    validateInventoryItemsStep(
      transform({ input }, ({ input: i }) =>
        i.links.map((l, n) => ({ inventory_item_id: l.inventory_item_id, field: [String(n), "inventoryItemId"] })),
      ),
    );
    validateItemsUnlinkedStep(input.links);
    const links = createRemoteLinkStep(
      transform({ input }, ({ input: i }) =>
        i.links.map(
          (l): LinkInput => ({
            product: { product_variant_id: l.variant_id },
            inventory: { inventory_item_id: l.inventory_item_id },
            data: { required_quantity: l.required_quantity },
          }),
        ),
      ),
    );
    return new WorkflowResponse(links);
  },
);
