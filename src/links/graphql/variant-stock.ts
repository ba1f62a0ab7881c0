import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { requestLoader } from "../../framework/graphql/request-cache.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";
import { linkedInventoryItems } from "../reads/linked-inventory-items.ts";

// Variants reach their inventory items through the product_variant_inventory_item link; the
// product and inventory modules know nothing of each other.
export const VARIANT_ITEM_LINK = "product_variant_inventory_item";

/**
 * Available units (stocked − reserved) per variant id over `locationIds` (every location when
 * undefined, none when empty); null for a variant without a linked inventory item. One loader per
 * request and location filter: a page's variants cost one statement (the link rows and the level
 * sums together), whatever the page size. A kit sells as many units as its scarcest item allows
 * (`required_quantity` of it per unit).
 */
export function variantQuantityLoader(ctx: GraphQLContext, locationIds: string[] | undefined) {
  const key = `variant.stock:${JSON.stringify(locationIds ?? null)}`;
  return requestLoader<number | null>(ctx, key, async (variantIds) => {
    const link = linkByEntryPoint(VARIANT_ITEM_LINK);
    if (!link) return variantIds.map(() => null);
    const rows = await ctx.scope
      .resolve("inventory")
      .retrieveAvailableQuantitiesOf(linkedInventoryItems(link, [...variantIds]), locationIds);
    const units = new Map<string, number>();
    for (const row of rows) {
      const allows = Math.max(0, Math.floor(row.available / Math.max(1, row.required_quantity)));
      units.set(row.owner_id, Math.min(units.get(row.owner_id) ?? allows, allows));
    }
    return variantIds.map((id) => units.get(id) ?? null);
  });
}

/** Whether a variant's stock is tracked (`manage_inventory`, default true). */
export const managesInventory = (variant: Record<string, unknown>) => variant.manage_inventory !== false;
