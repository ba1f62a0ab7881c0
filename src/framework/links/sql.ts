import { Prisma } from "../../generated/prisma/client.ts";
import type { ExtraColumn } from "./define-link.ts";

/**
 * A quoted SQL identifier: the one place raw SQL quotes a name. Names come from link definitions,
 * the datamodel or the code itself, never from input.
 */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** `ident` as a fragment of a `Prisma.sql` template (a name there, not a parameter). */
export const identSql = (name: string) => Prisma.raw(ident(name));

/** The cast an extra column's parameter needs in raw SQL. */
export const castFor: Record<ExtraColumn["type"], string> = {
  text: "text",
  json: "jsonb",
  integer: "integer",
  float: "double precision",
  boolean: "boolean",
  datetime: "timestamptz",
};

/** A raw-SQL client: the Prisma client or a transaction. */
export interface RawClient {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/** A value computed in SQL for a row at `alias` (a product's calculated price), filterable and sortable like a column. */
export type ComputedColumn = (sql: SqlBuilder, alias: string) => string;
/** Computed columns of one read's model, by the name filters and orders use. */
export interface ComputedColumns {
  model: string;
  columns: Record<string, ComputedColumn>;
}

/** SQL text with positional parameters, built piece by piece. */
export class SqlBuilder {
  readonly params: unknown[] = [];
  private aliases = 0;
  /** The read's computed columns: the filter compiler and the order resolve their names. */
  constructor(readonly computed?: ComputedColumns) {}
  /** The computed column `name` of `model`, if the read has one. */
  computedColumn(model: string, name: string): ComputedColumn | undefined {
    return this.computed?.model === model ? this.computed.columns[name] : undefined;
  }
  /** A fresh table alias (`t1`, `t2`, …). */
  alias(): string {
    this.aliases += 1;
    return `t${this.aliases}`;
  }
  /** Adds a parameter and returns its placeholder (`$3`, or `$3::jsonb` with a cast). */
  param(value: unknown, cast?: string): string {
    this.params.push(value);
    return cast ? `$${this.params.length}::${cast}` : `$${this.params.length}`;
  }
}
