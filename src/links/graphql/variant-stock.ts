import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { requestLoader } from "../../framework/graphql/request-cache.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";

// Variants reach their inventory items through the product_variant_inventory_item link; the
// product and inventory modules know nothing of each other.
export const VARIANT_ITEM_LINK = "product_variant_inventory_item";

type LinkRow = Record<string, unknown>;

// One loader per request and location filter: a page's variants cost one link read and one
// level sum, whatever the page size.
/** Units of a variant its items allow: a kit sells as many as its scarcest item allows (required_quantity per unit). */
function unitsOf(links: LinkRow[], available: Map<string, number>): number | null {
  if (!links.length) return null;
  return Math.min(
    ...links.map((r) =>
      Math.max(
        0,
        Math.floor((available.get(String(r.inventory_item_id)) ?? 0) / Math.max(1, Number(r.required_quantity ?? 1))),
      ),
    ),
  );
}

/**
 * Available units (stocked − reserved) per variant id over `locationIds` (every location when
 * undefined, none when empty); null for a variant without a linked inventory item.
 */
export function variantQuantityLoader(ctx: GraphQLContext, locationIds: string[] | undefined) {
  const key = `variant.stock:${JSON.stringify(locationIds ?? null)}`;
  return requestLoader<number | null>(ctx, key, async (variantIds) => {
    const link = linkByEntryPoint(VARIANT_ITEM_LINK);
    if (!link) return variantIds.map(() => null);
    const rows = await ctx.scope.resolve("link").list(link, { product_variant_id: [...variantIds] });
    const itemIds = [...new Set(rows.map((r) => String(r.inventory_item_id)))];
    const available = itemIds.length
      ? await ctx.scope.resolve("inventory").retrieveAvailableQuantities(itemIds, locationIds)
      : new Map<string, number>();
    return variantIds.map((id) =>
      unitsOf(
        rows.filter((r) => r.product_variant_id === id),
        available,
      ),
    );
  });
}

/** Whether a variant's stock is tracked (`manage_inventory`, default true). */
export const managesInventory = (variant: Record<string, unknown>) => variant.manage_inventory !== false;
