import { TesseraError } from "../errors/tessera-error.ts";
import type { Database } from "./database.ts";

/** What knex's `raw` answers on PostgreSQL (pg's result): the rows, and how many rows the statement touched. */
export interface PgRawResult<T> {
  rows: T[];
  rowCount: number;
}

/**
 * Medusa's `ContainerRegistrationKeys.PG_CONNECTION` is a knex instance; custom code mostly uses
 * `raw`. This is that part, over the app's Prisma client (same pool, counted like every other
 * statement): `?` placeholders or `:name` bindings, answering `{ rows, rowCount }`. Calling it as a
 * query builder (`pg("brand").select()`) throws, naming what to use instead.
 * @example
 * const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
 * const { rows } = await pg.raw("SELECT id FROM brand WHERE name = ?", ["Acme"])
 */
export interface PgConnection {
  (table?: string): never;
  raw<T = Record<string, unknown>>(
    sql: string,
    bindings?: readonly unknown[] | Record<string, unknown>,
  ): Promise<PgRawResult<T>>;
}

/** Statements that answer rows (else the answer is the affected-row count). */
const returnsRows = (sql: string) =>
  /^\s*(select|with|values|show|explain|table)\b/i.test(sql) || /\breturning\b/i.test(sql);

/**
 * Rewrites knex placeholders to PostgreSQL's `$n`, outside quoted strings and identifiers:
 * `?` takes the next array binding, `\?` is a literal `?`, `:name` a named binding (`::` is a cast).
 */
export function toPositional(sql: string, bindings: readonly unknown[] | Record<string, unknown>): [string, unknown[]] {
  const values: unknown[] = [];
  const named = new Map<string, number>();
  let out = "";
  let quote: string | undefined;
  let next = 0;
  for (let i = 0; i < sql.length; i++) {
    const char = sql.charAt(i);
    if (quote) {
      out += char;
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') {
      quote = char;
      out += char;
    } else if (char === "\\" && sql[i + 1] === "?") {
      out += "?";
      i++;
    } else if (char === "?" && Array.isArray(bindings)) {
      if (next >= bindings.length)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, "Too few bindings for raw SQL");
      values.push(bindings[next++]);
      out += `$${values.length}`;
    } else if (char === ":" && !Array.isArray(bindings) && /[A-Za-z_]/.test(sql[i + 1] ?? "") && sql[i - 1] !== ":") {
      const name = /^[A-Za-z_]\w*/.exec(sql.slice(i + 1))?.[0] ?? "";
      if (!(name in bindings))
        throw new TesseraError(TesseraError.Types.INVALID_DATA, `No binding named "${name}" for raw SQL`);
      if (!named.has(name)) named.set(name, values.push((bindings as Record<string, unknown>)[name]));
      out += `$${named.get(name)}`;
      i += name.length;
    } else out += char;
  }
  if (Array.isArray(bindings) && next < bindings.length)
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "Too many bindings for raw SQL");
  return [out, values];
}

export function pgConnection(db: Database): PgConnection {
  const handle = (() => {
    throw new TesseraError(
      TesseraError.Types.NOT_ALLOWED,
      "PG_CONNECTION has no knex query builder here: use .raw(sql, bindings), a module service or the query graph",
    );
  }) as unknown as PgConnection;
  handle.raw = async <T>(sql: string, bindings: readonly unknown[] | Record<string, unknown> = []) => {
    const [text, values] = toPositional(sql, bindings);
    if (returnsRows(text)) {
      const rows = await db.prisma.$queryRawUnsafe<T[]>(text, ...values);
      return { rows, rowCount: rows.length };
    }
    return { rows: [], rowCount: await db.prisma.$executeRawUnsafe(text, ...values) };
  };
  return handle;
}
