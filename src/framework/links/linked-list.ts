import { TesseraError } from "../errors/tessera-error.ts";
import type { GraphQLContext } from "../graphql/context.ts";
import type { FindConfig } from "../modules/query-config.ts";
import { modelInfo, tableOf } from "../modules/datamodel.ts";
import type { Filters } from "../modules/filters.ts";
import type { ModelName } from "../modules/model.ts";
import type { RecordKey } from "../modules/service-factory.ts";
import { hopLeftJoin } from "./hop-sql.ts";
import { keysetCondition, orderTerm, reversedKey, type KeyColumn } from "./keyset-sql.ts";
import { hopsFrom } from "./registry.ts";
import { ident, SqlBuilder, type ComputedColumns, type RawClient } from "./sql.ts";
import { where } from "./sql-filters.ts";

export type Order = Record<string, "ASC" | "DESC" | "asc" | "desc">;

/** Bounds of a keyset page: sort keys (the order's values, then the id) of the rows around it. */
export interface Keyset {
  after?: readonly unknown[];
  before?: readonly unknown[];
  /** Read in the reversed order (a `last` page): `after`/`before` are then in that order too. */
  reverse?: boolean;
}

/**
 * One page of ids for filters and an order, in SQL compiled by `where` (the one filter compiler):
 * link tables are joined where filters reach across links (EXISTS) or the order names a single
 * linked record's column (LEFT JOIN), then a COUNT. Two statements whatever the page size or the
 * table size; one with `count: false`.
 */
export async function selectPageAcrossLinks(
  client: RawClient,
  args: {
    model: ModelName;
    filters?: Filters;
    order?: Order;
    skip?: number;
    take?: number;
    withDeleted?: boolean;
    /** Default true; false saves the COUNT statement (count is then the page's length). */
    count?: boolean;
    /** A keyset page: records after / before these sort keys (the order's values, then the id). */
    keyset?: Keyset;
    /** Values computed in SQL that filters and the order name (a product's calculated price). */
    computed?: ComputedColumns["columns"];
  },
): Promise<{ ids: RecordKey[]; count: number; keys: unknown[][] }> {
  const { model, filters = {}, order = {}, skip = 0, take, withDeleted = false, keyset } = args;
  const info = modelInfo(model);
  const id = ident(info.idField);
  const sql = new SqlBuilder(args.computed && { model, columns: args.computed });
  const root = sql.alias();
  const condition = where(sql, model, root, filters, withDeleted);
  const countParams = [...sql.params];
  const joins: string[] = [];
  const ordered: KeyColumn[] = Object.entries(order).map(([key, direction]): KeyColumn => {
    const dir = direction.toUpperCase();
    if (dir !== "ASC" && dir !== "DESC")
      throw new TesseraError(TesseraError.Types.INVALID_DATA, "Order direction must be ASC or DESC", {
        field: ["order"],
      });
    const computed = sql.computedColumn(model, key);
    // Rows without the value (a product without a price in the context) come last either way.
    // Computed columns are amounts (a price), so a cursor's value compares as numeric.
    if (computed) return { expr: `(${computed(sql, root)})`, dir, nullable: true, cast: "numeric", nulls: "LAST" };
    const [first, column] = key.split(".") as [string, string | undefined];
    if (column === undefined) {
      const field = info.fields.get(first);
      if (field?.kind !== "scalar" && field?.kind !== "enum")
        throw new TesseraError(TesseraError.Types.INVALID_DATA, `Cannot order ${model} by ${first}`, {
          field: ["order"],
        });
      const cast = field.kind === "enum" ? ident(field.type) : undefined;
      return { expr: `${root}.${ident(first)}`, dir, nullable: !field.isRequired, cast };
    }
    const hop = hopsFrom(model).find((h) => h.field === first);
    if (!hop || hop.isList)
      throw new TesseraError(
        TesseraError.Types.INVALID_DATA,
        `Cannot order ${model} by ${key}: only a single linked record's fields sort`,
        { field: ["order"] },
      );
    if (!modelInfo(hop.to.model).fields.has(column))
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Cannot order ${model} by ${key}`, { field: ["order"] });
    const { joins: join, target } = hopLeftJoin(sql, hop, root);
    joins.push(join);
    return { expr: `${target}.${ident(column)}`, dir, nullable: true };
  });
  if (!(info.idField in order)) ordered.push({ expr: `${root}.${id}`, dir: "ASC", nullable: false });
  const keys = keyset?.reverse ? ordered.map(reversedKey) : ordered;
  const table = `${ident(tableOf(model))} ${root}`;
  const bounds = [
    keyset?.after ? ` AND ${keysetCondition(sql, keys, keyset.after, "after")}` : "",
    keyset?.before ? ` AND ${keysetCondition(sql, keys, keyset.before, "before")}` : "",
  ].join("");
  const limit = take === undefined ? "" : ` LIMIT ${sql.param(take)}`;
  const offset = skip ? ` OFFSET ${sql.param(skip)}` : "";
  // A keyset page also reads each row's sort key, from which its cursor is made.
  const keyColumns = keyset ? keys.map((k, i) => `, ${k.expr} AS k${i}`).join("") : "";
  const orderBy = keys.map(orderTerm).join(", ");
  // One after the other: inside a transaction both share one connection, and node-postgres
  // deprecates overlapping queries on a client. A page of none (`take: 0`) is a count only.
  const page =
    take === 0
      ? []
      : await client.$queryRawUnsafe<({ id: RecordKey } & Record<string, unknown>)[]>(
          `SELECT ${root}.${id} AS id${keyColumns} FROM ${table} ${joins.join(" ")} WHERE ${condition}${bounds} ORDER BY ${orderBy}${limit}${offset}`,
          ...sql.params,
        );
  const ids = page.map((r) => r.id);
  const rowKeys = keyset ? page.map((r) => keys.map((_k, i) => r[`k${i}`])) : [];
  if (args.count === false) return { ids, count: page.length, keys: rowKeys };
  const counted = await client.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM ${table} WHERE ${condition}`,
    ...countParams,
  );
  return { ids, count: counted[0]?.n ?? 0, keys: rowKeys };
}

/** A lookup (by id or handle) that may cross links (a storefront's read scope does). No count. */
export function linkedLookup<T extends { id: string }>(
  ctx: GraphQLContext,
  args: {
    model: ModelName;
    filters: Filters;
    take: number;
    prismaQuery: FindConfig["prismaQuery"];
    list: (filters: Filters, config: FindConfig) => Promise<T[]>;
  },
): Promise<T[]> {
  return args.list(args.filters, {
    take: args.take,
    prismaQuery: args.prismaQuery,
    withDeleted: ctx.withDeleted ?? false,
  });
}
