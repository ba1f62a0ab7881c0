import type { LinkDefinition } from "../../framework/links/define-link.ts";
import { identSql } from "../../framework/links/sql.ts";
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
  const required = "required_quantity" in link.extraColumns ? identSql("required_quantity") : Prisma.raw("1");
  return Prisma.sql`SELECT ${identSql(owner.column)} AS owner_id, ${identSql(item.column)} AS inventory_item_id,
    ${required} AS required_quantity FROM ${identSql(link.table)}
    WHERE ${identSql(owner.column)} = ANY(${ownerIds}::text[]) AND deleted_at IS NULL`;
}
