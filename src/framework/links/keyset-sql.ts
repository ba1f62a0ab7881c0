import type { SqlBuilder } from "./sql.ts";

/** One key of an ORDER BY: the SQL expression, its direction, and whether it can be NULL. */
export interface KeyColumn {
  expr: string;
  dir: "ASC" | "DESC";
  nullable: boolean;
  /** The cast a parameter compared with the expression needs (a PostgreSQL enum type). */
  cast?: string;
  /** Where NULLs sort; default PostgreSQL's (last ascending, first descending). */
  nulls?: "FIRST" | "LAST";
}

const nullsLast = (key: KeyColumn): boolean => (key.nulls ?? (key.dir === "ASC" ? "LAST" : "FIRST")) === "LAST";

/** The ORDER BY term of a key (NULL placement spelt out when it is not the default). */
export function orderTerm(key: KeyColumn): string {
  return key.nulls ? `${key.expr} ${key.dir} NULLS ${key.nulls}` : `${key.expr} ${key.dir}`;
}

/** The key read in the opposite order (a `last` page): direction and NULL placement turn round. */
export function reversedKey(key: KeyColumn): KeyColumn {
  return { ...key, dir: key.dir === "ASC" ? "DESC" : "ASC", nulls: nullsLast(key) ? "FIRST" : "LAST" };
}

/**
 * The condition "strictly after `values` in this order" (or before), for keyset pages. NULLs sort
 * where each key says (`nulls`, default PostgreSQL's), so a page boundary on a NULL key neither
 * skips nor repeats a row. The last key must be unique (the id).
 */
export function keysetCondition(
  sql: SqlBuilder,
  keys: readonly KeyColumn[],
  values: readonly unknown[],
  side: "after" | "before",
): string {
  const equal = (key: KeyColumn, value: unknown) =>
    value === null || value === undefined ? `${key.expr} IS NULL` : `${key.expr} = ${sql.param(value, key.cast)}`;
  // "Before" in an order is "after" in the reversed order, whose NULLs sit at the other end.
  const beyond = (key: KeyColumn, value: unknown): string | null => {
    const ascending = (key.dir === "ASC") === (side === "after");
    const nullsBeyond = nullsLast(key) === (side === "after");
    if (value === null || value === undefined) return nullsBeyond ? null : `${key.expr} IS NOT NULL`;
    const compared = `${key.expr} ${ascending ? ">" : "<"} ${sql.param(value, key.cast)}`;
    return nullsBeyond && key.nullable ? `(${compared} OR ${key.expr} IS NULL)` : compared;
  };
  const branches: string[] = [];
  keys.forEach((key, i) => {
    const last = beyond(key, values[i]);
    if (last === null) return;
    const ties = keys.slice(0, i).map((k, j) => equal(k, values[j]));
    branches.push([...ties, last].join(" AND "));
  });
  return branches.length ? `(${branches.map((b) => `(${b})`).join(" OR ")})` : "FALSE";
}
