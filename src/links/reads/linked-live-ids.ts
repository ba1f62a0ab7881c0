import type { LinkDefinition } from "../../framework/links/define-link.ts";
import { identSql } from "../../framework/links/sql.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { TransactionClient } from "../../framework/database/database.ts";

/**
 * The live records a link ties to each of `ownerIds` (a sales channel's stock locations), in one
 * statement: the owner's existence, the link rows and the other side's existence together.
 * Null for an owner that does not exist (or is deleted); an empty list for one linked to none.
 */
export async function linkedLiveIds(
  client: TransactionClient,
  link: LinkDefinition,
  ownerModel: string,
  ownerIds: readonly string[],
): Promise<(string[] | null)[]> {
  const [owner, other] = link.left.model === ownerModel ? [link.left, link.right] : [link.right, link.left];
  const rows = await client.$queryRaw<{ owner_id: string; ids: string[] }[]>`
    SELECT o.id AS owner_id,
      COALESCE(array_agg(x.id ORDER BY l.created_at, x.id) FILTER (WHERE x.id IS NOT NULL), '{}') AS ids
    FROM ${identSql(owner.table)} o
    LEFT JOIN ${identSql(link.table)} l ON l.${identSql(owner.column)} = o.id AND l.deleted_at IS NULL
    LEFT JOIN ${identSql(other.table)} x ON x.id = l.${identSql(other.column)} AND x.deleted_at IS NULL
    WHERE o.id = ANY(${[...ownerIds]}::text[]) AND o.deleted_at IS NULL
    GROUP BY o.id`;
  const found = new Map(rows.map((r) => [r.owner_id, r.ids]));
  return ownerIds.map((ownerId) => found.get(ownerId) ?? null);
}
