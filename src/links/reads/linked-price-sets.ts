import type { LinkDefinition } from "../../framework/links/define-link.ts";
import { identSql } from "../../framework/links/sql.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { PriceSetSource } from "../../modules/pricing/calculate.ts";

/**
 * The price sets a link names for `ownerIds` (a page of variants), as the `(owner_id,
 * price_set_id)` rows pricing reads: the link table joins the price statement instead of being
 * read on its own first. Identifiers come from the link's definition, values are parameters.
 */
export function linkedPriceSets(link: LinkDefinition, ownerIds: string[]): PriceSetSource {
  const [owner, set] = link.right.column === "price_set_id" ? [link.left, link.right] : [link.right, link.left];
  return Prisma.sql`SELECT ${identSql(owner.column)} AS owner_id, ${identSql(set.column)} AS price_set_id FROM ${identSql(link.table)}
    WHERE ${identSql(owner.column)} = ANY(${ownerIds}::text[]) AND deleted_at IS NULL`;
}
