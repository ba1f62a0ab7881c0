import type { TesseraContainer } from "../../framework/container/container.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";

/** An order line as stock sees it: which inventory items leave, how many of each. */
export interface LineStock {
  line_item_id: string;
  inventory_item_id: string;
  quantity: number;
}

/**
 * The inventory items behind order lines (product_variant_inventory_item, `required_quantity`
 * each per unit), for variants that manage inventory; lines of other variants move no stock.
 */
export async function lineStock(
  container: TesseraContainer,
  lines: { id: string; variant_id: string | null; quantity: number }[],
): Promise<LineStock[]> {
  const itemLink = linkByEntryPoint("product_variant_inventory_item");
  const variantIds = [...new Set(lines.flatMap((l) => (l.variant_id ? [l.variant_id] : [])))];
  if (!itemLink || !variantIds.length || !container.hasRegistration("inventory")) return [];
  const variants = await container
    .resolve("product")
    .listProductVariants({ id: variantIds }, { select: ["id", "manage_inventory"], withDeleted: true });
  const managed = new Set(variants.filter((v) => v.manage_inventory).map((v) => v.id));
  const links = await container.resolve("link").list(itemLink, { product_variant_id: [...managed] });
  return lines.flatMap((line) =>
    links
      .filter((l) => line.variant_id && managed.has(line.variant_id) && l.product_variant_id === line.variant_id)
      .map((l) => ({
        line_item_id: line.id,
        inventory_item_id: String(l.inventory_item_id),
        quantity: line.quantity * Math.max(1, Number(l.required_quantity ?? 1)),
      })),
  );
}
