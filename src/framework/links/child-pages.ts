import type { KeysetPage } from "../graphql/connection.ts";
import { keysetCondition, type KeyColumn } from "./keyset-sql.ts";
import type { RawClient, SqlBuilder } from "./sql.ts";

/** Where a parent's children are read from: one FROM clause for every parent of a page. */
export interface ChildRows {
  /** The FROM clause with its aliases (`"order" o`, or a link table joined to its targets). */
  from: string;
  /** The expression of the parent's id on a child row (`o.customer_id`). */
  parent: string;
  /** Which children count, parents included (`o.customer_id = ANY($1)`); built with `sql`. */
  where: string;
}

/**
 * One keyset page of children per parent, for a whole page of parents in one statement: a window
 * function numbers each parent's children in `keys` (read the other way round for a `last` page)
 * and keeps the first `page.take` after the page's bounds. Rows come back in page order, each
 * with the columns `select` names (`l.*`, `o.id, o.customer_id`).
 * @example pageOfChildren(prisma, sql, { from: `"order" o`, parent: "o.customer_id", where }, "o.id, o.customer_id", keys, page)
 */
export async function pageOfChildren<R extends Record<string, unknown>>(
  prisma: unknown,
  sql: SqlBuilder,
  rows: ChildRows & { select: string; keys: readonly KeyColumn[]; page: KeysetPage },
): Promise<R[]> {
  const { page } = rows;
  const keys = page.backward
    ? rows.keys.map((k) => ({ ...k, dir: k.dir === "ASC" ? ("DESC" as const) : ("ASC" as const) }))
    : rows.keys;
  const bounds = [
    page.after ? ` AND ${keysetCondition(sql, keys, page.after, "after")}` : "",
    page.before ? ` AND ${keysetCondition(sql, keys, page.before, "before")}` : "",
  ].join("");
  const order = keys.map((k) => `${k.expr} ${k.dir}`).join(", ");
  const found = await (prisma as RawClient).$queryRawUnsafe<(R & { __rn: number })[]>(
    `SELECT * FROM (
       SELECT ${rows.select}, row_number() OVER (PARTITION BY ${rows.parent} ORDER BY ${order})::int AS __rn
       FROM ${rows.from} WHERE ${rows.where}${bounds}
     ) paged WHERE __rn <= ${sql.param(page.take)} ORDER BY __rn`,
    ...sql.params,
  );
  return found.map(({ __rn: _rn, ...row }) => row as unknown as R);
}

/** How many children each parent has (a connection's `totalCount`), one statement for a page of parents. */
export async function countChildren(prisma: unknown, sql: SqlBuilder, rows: ChildRows): Promise<Map<string, number>> {
  const counts = await (prisma as RawClient).$queryRawUnsafe<{ parent: string; n: number }[]>(
    `SELECT ${rows.parent} AS parent, count(*)::int AS n FROM ${rows.from} WHERE ${rows.where} GROUP BY ${rows.parent}`,
    ...sql.params,
  );
  return new Map(counts.map((c) => [c.parent, c.n]));
}
