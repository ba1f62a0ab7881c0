import { TesseraError } from "../errors/tessera-error.ts";
import type { LinkDefinition, LinkSide } from "./define-link.ts";
import type { ResolvedPair } from "./link-input.ts";
import { castFor, ident, SqlBuilder, type RawClient } from "./sql.ts";

/** A link row as stored: both ids, extra columns, timestamps. */
export type LinkRow = Record<string, unknown>;

// Rows per INSERT: far below PostgreSQL's 65,535 parameters with a few extra columns.
const ROWS_PER_INSERT = 1000;

const pairKey = (leftId: string, rightId: string) => `${leftId}\u0000${rightId}`;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** A side that is not a list, seen from the other: `own` has at most one `other`. */
interface Check {
  own: LinkSide;
  other: LinkSide;
  ownId: (p: ResolvedPair) => string;
  otherId: (p: ResolvedPair) => string;
}

function checksOf(link: LinkDefinition): Check[] {
  const checks: Check[] = [];
  if (!link.right.isList)
    checks.push({ own: link.left, other: link.right, ownId: (p) => p.leftId, otherId: (p) => p.rightId });
  if (!link.left.isList)
    checks.push({ own: link.right, other: link.left, ownId: (p) => p.rightId, otherId: (p) => p.leftId });
  return checks;
}

/**
 * Refuses a second partner on a side that is not a list (a second brand for a product), against
 * the live rows and the pairs before it in `pairs`: one read per link and side, whatever the
 * number of pairs. The first offending pair (in input order) is the error.
 */
export async function assertCardinalities(client: RawClient, pairs: readonly ResolvedPair[]): Promise<void> {
  for (const [link, list] of groupBy(pairs, (p) => p.link)) {
    const partners = new Map<Check, Map<string, string[]>>();
    for (const check of checksOf(link)) {
      const rows = await client.$queryRawUnsafe<{ own: string; other: string }[]>(
        `SELECT ${ident(check.own.column)} AS own, ${ident(check.other.column)} AS other FROM ${ident(link.table)} WHERE ${ident(check.own.column)} = ANY($1::text[]) AND deleted_at IS NULL`,
        [...new Set(list.map(check.ownId))],
      );
      const byOwn = new Map<string, string[]>();
      for (const row of rows) byOwn.set(row.own, [...(byOwn.get(row.own) ?? []), row.other]);
      partners.set(check, byOwn);
    }
    for (const pair of list) {
      for (const [check, byOwn] of partners) {
        const ownId = check.ownId(pair);
        const otherId = check.otherId(pair);
        const current = byOwn.get(ownId) ?? [];
        const taken = current.find((id) => id !== otherId);
        if (taken)
          throw new TesseraError(
            TesseraError.Types.CONFLICT,
            `${check.own.model} ${ownId} is already linked to ${check.other.model} ${taken}; a ${check.own.model} has one ${check.other.model} in link ${link.entryPoint}: dismiss that link first`,
            { field: [check.own.module, check.own.column] },
          );
        byOwn.set(ownId, [...current, otherId]);
      }
    }
  }
}

/** One multi-row upsert of pairs of one link with the same extra columns. */
async function upsertGroup(client: RawClient, pairs: ResolvedPair[]): Promise<LinkRow[]> {
  const first = pairs[0];
  if (!first) return [];
  const { link } = first;
  const extra = Object.keys(first.data);
  const sql = new SqlBuilder();
  const values = pairs.map(({ leftId, rightId, data }) => {
    const params = [
      sql.param(leftId),
      sql.param(rightId),
      ...extra.map((name) => {
        const type = link.extraColumns[name]?.type ?? "text";
        const value = data[name];
        return sql.param(type === "json" && value !== null ? JSON.stringify(value) : value, castFor[type]);
      }),
    ];
    return `(${params.join(", ")}, now(), now())`;
  });
  const columns = [link.left.column, link.right.column, ...extra];
  const updates = [
    ...extra.map((c) => `${ident(c)} = EXCLUDED.${ident(c)}`),
    "deleted_at = NULL",
    "updated_at = now()",
  ];
  return client.$queryRawUnsafe<LinkRow[]>(
    `INSERT INTO ${ident(link.table)} (${columns.map(ident).join(", ")}, created_at, updated_at) VALUES ${values.join(", ")}
     ON CONFLICT (${ident(link.left.column)}, ${ident(link.right.column)}) DO UPDATE SET ${updates.join(", ")} RETURNING *`,
    ...sql.params,
  );
}

/**
 * Links the pairs (linking a pair again updates its `data` and revives a deleted link): one
 * INSERT per link and set of extra columns, whatever the number of pairs. A pair given twice
 * takes the later data. Returns each pair's row, in input order.
 */
export async function upsertPairs(client: RawClient, pairs: readonly ResolvedPair[]): Promise<LinkRow[]> {
  const rows = new Map<string, LinkRow>();
  const groups = groupBy(pairs, (p) => `${p.link.entryPoint}|${Object.keys(p.data).sort().join(",")}`);
  for (const group of groups.values()) {
    // ON CONFLICT cannot touch a row twice in one statement: the later of two equal pairs wins.
    const unique = [...new Map(group.map((p) => [pairKey(p.leftId, p.rightId), p])).values()];
    for (let i = 0; i < unique.length; i += ROWS_PER_INSERT) {
      const link = group[0]?.link;
      for (const row of await upsertGroup(client, unique.slice(i, i + ROWS_PER_INSERT)))
        if (link)
          rows.set(`${link.entryPoint}|${pairKey(String(row[link.left.column]), String(row[link.right.column]))}`, row);
    }
  }
  return pairs.flatMap((p): LinkRow[] => {
    const row = rows.get(`${p.link.entryPoint}|${pairKey(p.leftId, p.rightId)}`);
    return row ? [row] : [];
  });
}

/** Removes the pairs' link rows, one DELETE per link; pairs that are not linked are ignored. */
export async function deletePairs(client: RawClient, pairs: readonly ResolvedPair[]): Promise<LinkRow[]> {
  const out: LinkRow[] = [];
  for (const [link, list] of groupBy(pairs, (p) => p.link)) {
    out.push(
      ...(await client.$queryRawUnsafe<LinkRow[]>(
        `DELETE FROM ${ident(link.table)} WHERE (${ident(link.left.column)}, ${ident(link.right.column)}) IN (SELECT * FROM unnest($1::text[], $2::text[])) RETURNING *`,
        list.map((p) => p.leftId),
        list.map((p) => p.rightId),
      )),
    );
  }
  return out;
}
