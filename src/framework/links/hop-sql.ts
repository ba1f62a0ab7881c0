import type { LinkHop } from "./registry.ts";
import { ident, type SqlBuilder } from "./sql.ts";

/**
 * How SQL walks a hop from `fromAlias`: the tables to add (`FROM`/`JOIN` text with a target
 * alias) and the condition tying them to the source row. The target's soft delete is applied.
 */
export function hopTables(
  sql: SqlBuilder,
  hop: LinkHop,
  fromAlias: string,
): { tables: string; on: string; target: string } {
  const target = sql.alias();
  const live = `${target}.deleted_at IS NULL`;
  if (hop.link.readOnly) {
    const field = hop.from.field as string;
    return {
      tables: `${ident(hop.to.table)} ${target}`,
      on: `${target}.id = ${fromAlias}.${ident(field)} AND ${live}`,
      target,
    };
  }
  const link = sql.alias();
  return {
    tables: `${ident(hop.link.table)} ${link} JOIN ${ident(hop.to.table)} ${target} ON ${target}.id = ${link}.${ident(hop.to.column)} AND ${live}`,
    on: `${link}.${ident(hop.from.column)} = ${fromAlias}.id AND ${link}.deleted_at IS NULL`,
    target,
  };
}

/** A LEFT JOIN bringing the single record at the end of a hop (for sorting by its columns). */
export function hopLeftJoin(sql: SqlBuilder, hop: LinkHop, fromAlias: string): { joins: string; target: string } {
  const target = sql.alias();
  if (hop.link.readOnly) {
    return {
      joins: `LEFT JOIN ${ident(hop.to.table)} ${target} ON ${target}.id = ${fromAlias}.${ident(hop.from.field as string)} AND ${target}.deleted_at IS NULL`,
      target,
    };
  }
  const link = sql.alias();
  return {
    joins:
      `LEFT JOIN ${ident(hop.link.table)} ${link} ON ${link}.${ident(hop.from.column)} = ${fromAlias}.id AND ${link}.deleted_at IS NULL ` +
      `LEFT JOIN ${ident(hop.to.table)} ${target} ON ${target}.id = ${link}.${ident(hop.to.column)} AND ${target}.deleted_at IS NULL`,
    target,
  };
}
