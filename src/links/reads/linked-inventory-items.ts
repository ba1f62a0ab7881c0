import type { LinkDefinition } from "../../framework/links/define-link.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { InventoryItemSource } from "../../modules/inventory/service.ts";

/**
 * The inventory items a link names for `ownerIds` (a page of variants), as the `(owner_id,
 * inventory_item_id, required_quantity)` rows inventory counts: the link table joins the level
 * sums instead of being read on its own first. Identifiers come from the link's definition,
 * values are parameters.
 */
export function linkedInventoryItems(link: LinkDefinition, ownerIds: string[]): InventoryItemSource {
  const [owner, item] = link.right.column === "inventory_item_id" ? [link.left, link.right] : [link.right, link.left];
  const id = (name: string) => Prisma.raw(`"${name.replaceAll('"', '""')}"`);
  const required = "required_quantity" in link.extraColumns ? id("required_quantity") : Prisma.raw("1");
  return Prisma.sql`SELECT ${id(owner.column)} AS owner_id, ${id(item.column)} AS inventory_item_id,
    ${required} AS required_quantity FROM ${id(link.table)}
    WHERE ${id(owner.column)} = ANY(${ownerIds}::text[]) AND deleted_at IS NULL`;
}
