import type { GraphQLResolveInfo } from "graphql";
import { TesseraError } from "../errors/tessera-error.ts";
import type { GraphQLContext } from "../graphql/context.ts";
import { connectionNodeQuery } from "../graphql/node-query.ts";
import type { FindConfig } from "../modules/query-config.ts";
import { modelInfo, tableOf } from "../modules/datamodel.ts";
import type { Filters } from "../modules/filters.ts";
import type { ModelName } from "../modules/model.ts";
import type { RecordKey } from "../modules/service-factory.ts";
import { hopLeftJoin } from "./hop-sql.ts";
import { hopsFrom } from "./registry.ts";
import { ident, SqlBuilder, type ComputedColumns, type RawClient } from "./sql.ts";
import { where } from "./sql-filters.ts";

export type Order = Record<string, "ASC" | "DESC" | "asc" | "desc">;

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
    /** Values computed in SQL that filters and the order name (a product's calculated price). */
    computed?: ComputedColumns["columns"];
  },
): Promise<{ ids: RecordKey[]; count: number }> {
  const { model, filters = {}, order = {}, skip = 0, take, withDeleted = false } = args;
  const id = ident(modelInfo(model).idField);
  const sql = new SqlBuilder(args.computed && { model, columns: args.computed });
  const root = sql.alias();
  const condition = where(sql, model, root, filters, withDeleted);
  const countParams = [...sql.params];
  const joins: string[] = [];
  const orderBy = Object.entries(order).map(([key, direction]) => {
    const dir = direction.toUpperCase();
    if (dir !== "ASC" && dir !== "DESC")
      throw new TesseraError(TesseraError.Types.INVALID_DATA, "Order direction must be ASC or DESC", {
        field: ["order"],
      });
    const computed = sql.computedColumn(model, key);
    // Rows without the value (a product without a price in the context) come last either way.
    if (computed) return `(${computed(sql, root)}) ${dir} NULLS LAST`;
    const [first, column] = key.split(".") as [string, string | undefined];
    if (column === undefined) {
      const kind = modelInfo(model).fields.get(first)?.kind;
      if (kind !== "scalar" && kind !== "enum")
        throw new TesseraError(TesseraError.Types.INVALID_DATA, `Cannot order ${model} by ${first}`, {
          field: ["order"],
        });
      return `${root}.${ident(first)} ${dir}`;
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
    return `${target}.${ident(column)} ${dir}`;
  });
  if (!(modelInfo(model).idField in order)) orderBy.push(`${root}.${id} ASC`);
  const table = `${ident(tableOf(model))} ${root}`;
  const limit = take === undefined ? "" : ` LIMIT ${sql.param(take)}`;
  // One after the other: inside a transaction both share one connection, and node-postgres
  // deprecates overlapping queries on a client.
  const page = await client.$queryRawUnsafe<{ id: RecordKey }[]>(
    `SELECT ${root}.${id} AS id FROM ${table} ${joins.join(" ")} WHERE ${condition} ORDER BY ${orderBy.join(", ")}${limit} OFFSET ${sql.param(skip)}`,
    ...sql.params,
  );
  if (args.count === false) return { ids: page.map((r) => r.id), count: page.length };
  const counted = await client.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM ${table} WHERE ${condition}`,
    ...countParams,
  );
  return { ids: page.map((r) => r.id), count: counted[0]?.n ?? 0 };
}

/**
 * The page of a module's root connection through its generated listAndCount (which selects the
 * page in SQL, across links where the filters or the order reach them). Nodes load with the
 * GraphQL selection's query.
 */
export function linkedConnectionPage<T extends { id: string }>(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  args: {
    model: ModelName;
    filters: Filters;
    order: Order;
    skip: number;
    take: number;
    listAndCount: (filters: Filters, config: FindConfig) => Promise<[T[], number]>;
    list: (filters: Filters, config: FindConfig) => Promise<T[]>;
    /** Computed columns the filters or the order name (FindConfig.computed). */
    computed?: FindConfig["computed"];
  },
): Promise<[T[], number]> {
  const { filters, order, skip, take, computed } = args;
  return args.listAndCount(filters, {
    skip,
    take,
    order,
    ...(computed ? { computed } : {}),
    prismaQuery: connectionNodeQuery(ctx, info),
    withDeleted: ctx.withDeleted ?? false,
  });
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
