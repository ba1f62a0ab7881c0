import { TesseraError } from "../errors/tessera-error.ts";
import { selectPageAcrossLinks } from "../links/linked-list.ts";
import type { RawClient } from "../links/sql.ts";
import { modelInfo } from "./datamodel.ts";
import type { Filters } from "./filters.ts";
import type { ModelName } from "./model.ts";
import type { RecordKey } from "./service-factory.ts";
import { joinedRelations, readJoinedInOrder } from "./joined-read.ts";
import { toPrismaFindArgs, type FindConfig } from "./query-config.ts";

type Row = Record<string, unknown>;
/** The Prisma delegate calls a read needs. */
export interface ReadDelegate {
  findMany(args: object): Promise<Row[]>;
  count(args: object): Promise<number>;
}

const isValue = (value: unknown) =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date;

/**
 * The Prisma `where` of filters that only pick records by values of their own columns
 * (`{ id: ["a", "b"] }`, `{ handle: "shirt", revoked_at: null }`, `$and` / `$or` of such groups, or
 * none) in an order of their own columns. Equality, a list of values and IS NULL mean the same to
 * Prisma and to the compiler, and such reads (most loaders' and steps') then cost one statement.
 * Undefined for anything else (operators, relations, links, `q`, list or JSON columns), which the
 * compiler answers.
 */
function byColumnValues(model: ModelName, filters: Filters, config: FindConfig): Row | undefined {
  if (config.computed) return undefined;
  if (!Object.keys(config.order ?? {}).every((name) => plainColumn(model, name))) return undefined;
  const where = columnValuesWhere(model, filters);
  if (where && !config.withDeleted && modelInfo(model).fields.has("deleted_at") && !("deleted_at" in filters))
    where.deleted_at = null;
  return where;
}

function plainColumn(model: ModelName, name: string): boolean {
  const field = modelInfo(model).fields.get(name);
  return (field?.kind === "scalar" || field?.kind === "enum") && !field.isList && field.type !== "Json";
}

/**
 * The Prisma `where` of filters made only of column values (see byColumnValues), undefined for
 * any other filter. Read scopes use it to narrow a relation Prisma loads (a product's categories).
 */
export function columnValuesWhere(model: ModelName, filters: Filters): Row | undefined {
  const translate = (group: Filters): Row | undefined => {
    const where: Row = {};
    const and: Row[] = [];
    for (const [key, value] of Object.entries(group)) {
      if (value === undefined) continue;
      if ((key === "$and" || key === "$or") && Array.isArray(value)) {
        const parts = value.map((part: Filters) => translate(part));
        if (parts.some((part) => part === undefined)) return undefined;
        and.push({ [key === "$and" ? "AND" : "OR"]: parts });
      } else if (!plainColumn(model, key)) return undefined;
      else if (value === null || isValue(value)) where[key] = value;
      else if (Array.isArray(value) && value.every(isValue)) where[key] = { in: value };
      else return undefined;
    }
    return and.length ? { ...where, AND: and } : where;
  };
  return translate(filters);
}

function checkPaging(config: FindConfig): void {
  const { take, skip } = config;
  if (take !== undefined && take !== null && (!Number.isInteger(take) || take < 0))
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "take must be a non-negative integer", { field: ["take"] });
  if (skip !== undefined && (!Number.isInteger(skip) || skip < 0))
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "skip must be a non-negative integer", { field: ["skip"] });
}

/**
 * Reads a page of a model for `list` / `listAndCount` / `retrieve`: by column values straight
 * through Prisma, otherwise the page of keys in SQL compiled by the one filter compiler
 * (`where` in links/sql-filters.ts, which also walks relations and links) and the rows by key
 * through Prisma with the config's relations or the GraphQL selection. So a filter means the same
 * in a module call, an admin list, a storefront list and query.graph.
 */
export async function readPage(args: {
  model: ModelName;
  client: RawClient;
  delegate: ReadDelegate;
  filters: Filters;
  config: FindConfig;
  count: boolean;
}): Promise<{ rows: Row[]; count: number }> {
  const { model, delegate, filters, config } = args;
  // A keyset page reads its rows' sort keys with the ids, which only the compiled SQL does.
  // A joined read (relationLoadStrategy "join") takes the page of keys, then the rows with all
  // their relations in one statement: two statements instead of one per relation and the page.
  const join = config.relationLoadStrategy === "join" && joinedRelations(config);
  const keyWhere = config.keyset || join ? undefined : byColumnValues(model, filters, config);
  if (keyWhere) {
    const rows =
      config.take === 0 ? [] : await delegate.findMany({ ...toPrismaFindArgs(model, config), where: keyWhere });
    return { rows, count: args.count ? await delegate.count({ where: keyWhere }) : rows.length };
  }
  checkPaging(config);
  const { ids, count, keys } = await selectPageAcrossLinks(args.client, {
    model,
    filters,
    order: config.order,
    skip: config.skip,
    take: config.take ?? undefined,
    withDeleted: config.withDeleted ?? false,
    count: args.count,
    ...(config.computed ? { computed: config.computed } : {}),
    keyset: config.keyset,
  });
  const rows =
    (join ? await readJoinedInOrder(args.client, model, ids, config) : undefined) ??
    (await rowsInOrder(model, delegate, ids, config));
  if (config.keyset) {
    const keyById = new Map(ids.map((id, i) => [id, keys[i] ?? []]));
    const { idField } = modelInfo(model);
    for (const row of rows) sortKeys.set(row, keyById.get(row[idField] as RecordKey) ?? []);
  }
  return { rows, count };
}

// Rows of a keyset page → their sort keys. Weak, so a key lives exactly as long as its row.
const sortKeys = new WeakMap<object, readonly unknown[]>();

/** The sort key a keyset read (`FindConfig.keyset`) gave this row: the order's values, then the id. */
export function sortKeyOf(row: object): readonly unknown[] {
  const key = sortKeys.get(row);
  if (!key) throw new TesseraError(TesseraError.Types.UNEXPECTED_STATE, "The row was not read as a keyset page");
  return key;
}

/** The keys a selector (`updateX({ selector, data })`, `deleteX(filters)`) matches. */
export async function keysMatching(
  client: RawClient,
  model: ModelName,
  filters: Filters,
  withDeleted: boolean,
): Promise<(string | number)[]> {
  return (await selectPageAcrossLinks(client, { model, filters, withDeleted, count: false })).ids;
}

async function rowsInOrder(
  model: ModelName,
  delegate: ReadDelegate,
  ids: (string | number)[],
  config: FindConfig,
): Promise<Row[]> {
  if (!ids.length) return [];
  const { idField } = modelInfo(model);
  const {
    take: _take,
    skip: _skip,
    orderBy: _order,
    ...select
  } = toPrismaFindArgs(model, {
    relations: config.relations,
    select: config.select,
    prismaQuery: config.prismaQuery,
    withDeleted: config.withDeleted,
  });
  const rows = await delegate.findMany({ ...select, where: { [idField]: { in: ids } } });
  const byKey = new Map(rows.map((row) => [row[idField], row]));
  return ids.map((id) => byKey.get(id)).filter((row): row is Row => row !== undefined);
}
