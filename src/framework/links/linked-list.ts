import type { GraphQLResolveInfo } from "graphql";
import { TesseraError } from "../errors/tessera-error.ts";
import type { GraphQLContext } from "../graphql/context.ts";
import { connectionNodeQuery } from "../graphql/node-query.ts";
import type { FindConfig } from "../modules/query-config.ts";
import { modelInfo } from "../modules/datamodel.ts";
import type { Filters } from "../modules/filters.ts";
import type { ModelName } from "../modules/model.ts";
import { snakeCase } from "./define-link.ts";
import { hopLeftJoin } from "./hop-sql.ts";
import { hopsFrom } from "./registry.ts";
import { ident, SqlBuilder, type RawClient } from "./sql.ts";
import { where } from "./sql-filters.ts";

export type Order = Record<string, "ASC" | "DESC" | "asc" | "desc">;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/**
 * Whether filters or order reach across a link (then the module's own list cannot answer), also
 * through a relation inside the module (`{ product: { salesChannels: … } }` on a variant).
 */
export function touchesLinks(model: string, filters: Filters = {}, order: Order = {}): boolean {
  if (Object.keys(order).some((key) => key.includes("."))) return true;
  const visit = (m: string, f: Filters): boolean => {
    const fields = new Set(hopsFrom(m).map((h) => h.field));
    return Object.entries(f).some(([key, value]) => {
      if (key === "$and" || key === "$or") return Array.isArray(value) && value.some((v: Filters) => visit(m, v));
      if (!isObject(value)) return false;
      if (fields.has(key)) return true;
      const relation = modelInfo(m as ModelName).fields.get(key);
      return relation?.kind === "object" && visit(relation.type, value);
    });
  };
  return visit(model, filters);
}

/**
 * One page of ids for filters and an order that reach across links, in SQL: the link tables
 * are joined (EXISTS for filters, LEFT JOIN to a single linked record for sorting), then a
 * COUNT. Two statements whatever the page size or the table size.
 */
export async function selectPageAcrossLinks(client: RawClient, args: {
  model: ModelName; filters?: Filters; order?: Order; skip?: number; take?: number; withDeleted?: boolean;
  /** Default true; false saves the COUNT statement (count is then the page's length). */
  count?: boolean;
}): Promise<{ ids: string[]; count: number }> {
  const { model, filters = {}, order = {}, skip = 0, take, withDeleted = false } = args;
  const sql = new SqlBuilder();
  const root = sql.alias();
  const condition = where(sql, model, root, filters, withDeleted);
  const countParams = [...sql.params];
  const joins: string[] = [];
  const orderBy = Object.entries(order).map(([key, direction]) => {
    const dir = direction.toUpperCase();
    if (dir !== "ASC" && dir !== "DESC") throw new TesseraError(TesseraError.Types.INVALID_DATA, "Order direction must be ASC or DESC", { field: ["order"] });
    const [first, column] = key.split(".") as [string, string | undefined];
    if (column === undefined) {
      if (!modelInfo(model).fields.has(first)) throw new TesseraError(TesseraError.Types.INVALID_DATA, `Cannot order ${model} by ${first}`, { field: ["order"] });
      return `${root}.${ident(first)} ${dir}`;
    }
    const hop = hopsFrom(model).find((h) => h.field === first);
    if (!hop || hop.isList) throw new TesseraError(TesseraError.Types.INVALID_DATA, `Cannot order ${model} by ${key}: only a single linked record's fields sort`, { field: ["order"] });
    if (!modelInfo(hop.to.model).fields.has(column)) throw new TesseraError(TesseraError.Types.INVALID_DATA, `Cannot order ${model} by ${key}`, { field: ["order"] });
    const { joins: join, target } = hopLeftJoin(sql, hop, root);
    joins.push(join);
    return `${target}.${ident(column)} ${dir}`;
  });
  if (!("id" in order)) orderBy.push(`${root}.id ASC`);
  const table = `${ident(snakeCase(model))} ${root}`;
  const limit = take === undefined ? "" : ` LIMIT ${sql.param(take)}`;
  // One after the other: inside a transaction both share one connection, and node-postgres
  // deprecates overlapping queries on a client.
  const page = await client.$queryRawUnsafe<{ id: string }[]>(
    `SELECT ${root}.id FROM ${table} ${joins.join(" ")} WHERE ${condition} ORDER BY ${orderBy.join(", ")}${limit} OFFSET ${sql.param(skip)}`,
    ...sql.params);
  if (args.count === false) return { ids: page.map((r) => r.id), count: page.length };
  const counted = await client.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table} WHERE ${condition}`, ...countParams);
  return { ids: page.map((r) => r.id), count: counted[0]?.n ?? 0 };
}

/**
 * listAndCount for a root connection: the module's own list when nothing crosses a link,
 * else a page of ids selected in SQL and the rows loaded by id (three statements).
 */
export async function listAndCountAcrossLinks<T extends { id: string }>(client: RawClient, args: {
  model: ModelName; filters: Filters; order: Order; skip: number; take: number; withDeleted?: boolean;
  own: () => Promise<[T[], number]>;
  byIds: (ids: string[]) => Promise<T[]>;
}): Promise<[T[], number]> {
  if (!touchesLinks(args.model, args.filters, args.order)) return args.own();
  const { ids, count } = await selectPageAcrossLinks(client, args);
  return [await loadInOrder(ids, args.byIds), count];
}

/** The rows of `ids`, in the order of `ids` (the SQL page's order). */
async function loadInOrder<T extends { id: string }>(ids: string[], byIds: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  if (!ids.length) return [];
  const rows = new Map((await byIds(ids)).map((row) => [row.id, row]));
  return ids.map((id) => rows.get(id)).filter((r): r is T => r !== undefined);
}

/**
 * list without a count (a lookup by id or handle): the module's own list when nothing crosses
 * a link, else the ids selected in SQL and the rows loaded by id (two statements).
 */
export async function listAcrossLinks<T extends { id: string }>(client: RawClient, args: {
  model: ModelName; filters: Filters; take?: number; withDeleted?: boolean;
  own: () => Promise<T[]>;
  byIds: (ids: string[]) => Promise<T[]>;
}): Promise<T[]> {
  if (!touchesLinks(args.model, args.filters)) return args.own();
  const { ids } = await selectPageAcrossLinks(client, { ...args, count: false });
  return loadInOrder(ids, args.byIds);
}

/**
 * The page of a module's root connection: its own generated list when nothing crosses a link,
 * else the page selected in SQL across links. Nodes load with the GraphQL selection's query.
 */
export function linkedConnectionPage<T extends { id: string }>(ctx: GraphQLContext, info: GraphQLResolveInfo, args: {
  model: ModelName; filters: Filters; order: Order; skip: number; take: number;
  listAndCount: (filters: Filters, config: FindConfig) => Promise<[T[], number]>;
  list: (filters: Filters, config: FindConfig) => Promise<T[]>;
}): Promise<[T[], number]> {
  const { model, filters, order, skip, take } = args;
  const prismaQuery = connectionNodeQuery(ctx, info);
  const withDeleted = ctx.withDeleted ?? false;
  return listAndCountAcrossLinks(ctx.prisma as unknown as RawClient, {
    model, filters, order, skip, take, withDeleted,
    own: () => args.listAndCount(filters, { skip, take, order, prismaQuery, withDeleted }),
    byIds: (ids) => args.list({ id: ids }, { prismaQuery, withDeleted }),
  });
}

/**
 * A lookup (by id or handle) that may cross links (a storefront's read scope does): the
 * module's own list, or the ids selected in SQL and the rows loaded by id. No count.
 */
export function linkedLookup<T extends { id: string }>(ctx: GraphQLContext, args: {
  model: ModelName; filters: Filters; take: number; prismaQuery: FindConfig["prismaQuery"];
  list: (filters: Filters, config: FindConfig) => Promise<T[]>;
}): Promise<T[]> {
  const { model, filters, take, prismaQuery } = args;
  const withDeleted = ctx.withDeleted ?? false;
  return listAcrossLinks(ctx.prisma as unknown as RawClient, {
    model, filters, take, withDeleted,
    own: () => args.list(filters, { take, prismaQuery, withDeleted }),
    byIds: (ids) => args.list({ id: ids }, { prismaQuery, withDeleted }),
  });
}
