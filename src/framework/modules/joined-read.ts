import { Prisma } from "../../generated/prisma/client.ts";
import { ident, type RawClient } from "../links/sql.ts";
import { type FieldInfo, modelInfo, tableOf } from "./datamodel.ts";
import type { Filters } from "./filters.ts";
import type { ModelName } from "./model.ts";
import { type FindConfig, type Tree, toTree } from "./query-config.ts";

type Row = Record<string, unknown>;

// Column types JSON carries as they are; the others are converted below (or not joined at all).
const asIs = new Set(["String", "Int", "Boolean", "Float", "Json"]);
const converted = new Set(["Decimal", "DateTime", "BigInt"]);

/** A scalar column as it goes into the JSON: decimals and big integers as text, times as epoch milliseconds. */
function column(alias: string, field: FieldInfo): string {
  const col = `${alias}.${ident(field.name)}`;
  if (field.type === "Decimal" || field.type === "BigInt") return `${col}::text AS ${ident(field.name)}`;
  if (field.type === "DateTime") return `floor(extract(epoch from ${col}) * 1000)::float8 AS ${ident(field.name)}`;
  return `${col} AS ${ident(field.name)}`;
}

/** Whether a model's columns and the asked relations can be read this way (else Prisma reads them). */
function joinable(model: ModelName, tree: Tree): boolean {
  const info = modelInfo(model);
  const scalarsOk = info.scalars.every(
    (f) => f.kind === "enum" || asIs.has(f.type) || (converted.has(f.type) && !f.isList),
  );
  if (!scalarsOk) return false;
  for (const [name, children] of tree) {
    const field = info.fields.get(name);
    if (!field || field.kind !== "object" || !foreignKey(model, field)) return false;
    if (!joinable(field.type as ModelName, children)) return false;
  }
  return true;
}

type Key = { own: string } | { back: string } | { table: string; mine: string; theirs: string };

/**
 * How a relation joins: `own` when this model holds the key, `back` for the target's key column
 * pointing back, else Prisma's implicit many-to-many table `_<relation>` (column A for the model
 * whose name sorts first), as the filter compiler joins them (links/sql-filters.ts).
 */
function foreignKey(model: ModelName, field: FieldInfo): Key | undefined {
  const own = field.relationFromFields?.[0];
  if (own) return { own };
  const target = field.type as ModelName;
  const back = modelInfo(target).relations.find((f) => f.relationName === field.relationName && f.name !== field.name);
  const fk = back?.relationFromFields?.[0];
  if (fk) return { back: fk };
  if (!back || !field.isList || !back.isList || target === model || !field.relationName) return undefined;
  const [mine, theirs] = model < target ? ["A", "B"] : ["B", "A"];
  return { table: `_${field.relationName}`, mine, theirs };
}

class Aliases {
  private n = 0;
  next() {
    this.n += 1;
    return `j${this.n}`;
  }
}

/** The SELECT list of one model's row: its columns, then each asked relation as a JSON subquery. */
function selectList(model: ModelName, alias: string, tree: Tree, withDeleted: boolean, aliases: Aliases): string {
  const info = modelInfo(model);
  const parts = info.scalars.map((f) => column(alias, f));
  for (const [name, children] of tree) {
    const field = info.fields.get(name) as FieldInfo;
    const target = field.type as ModelName;
    const targetInfo = modelInfo(target);
    const x = aliases.next();
    const key = foreignKey(model, field) as Key;
    let from = `${ident(tableOf(target))} ${x}`;
    let on: string;
    if ("own" in key) on = `${x}.${ident(targetInfo.idField)} = ${alias}.${ident(key.own)}`;
    else if ("back" in key) on = `${x}.${ident(key.back)} = ${alias}.${ident(info.idField)}`;
    else {
      const m = aliases.next();
      from = `${ident(key.table)} ${m} JOIN ${from} ON ${x}.${ident(targetInfo.idField)} = ${m}.${ident(key.theirs)}`;
      on = `${m}.${ident(key.mine)} = ${alias}.${ident(info.idField)}`;
    }
    const inner = selectList(target, x, children, withDeleted, aliases);
    if (field.isList) {
      const live = !withDeleted && targetInfo.fields.has("deleted_at") ? ` AND ${x}."deleted_at" IS NULL` : "";
      const r = aliases.next();
      parts.push(
        `(SELECT COALESCE(json_agg(${r} ORDER BY ${r}.${ident(targetInfo.idField)}), '[]'::json) FROM (SELECT ${inner} FROM ${from} WHERE ${on}${live}) ${r}) AS ${ident(name)}`,
      );
    } else {
      const r = aliases.next();
      parts.push(
        `(SELECT to_json(${r}) FROM (SELECT ${inner} FROM ${from} WHERE ${on} LIMIT 1) ${r}) AS ${ident(name)}`,
      );
    }
  }
  return parts.join(", ");
}

/** Turns one JSON row back into what Prisma answers: Decimal, Date and bigint values, relations likewise. */
function revive(model: ModelName, tree: Tree, row: Row): Row {
  const info = modelInfo(model);
  for (const field of info.scalars) {
    const value = row[field.name];
    if (value === null || value === undefined) continue;
    if (field.type === "Decimal") row[field.name] = new Prisma.Decimal(value as string);
    else if (field.type === "DateTime") row[field.name] = new Date(value as number);
    else if (field.type === "BigInt") row[field.name] = BigInt(value as string);
  }
  for (const [name, children] of tree) {
    const target = (info.fields.get(name) as FieldInfo).type as ModelName;
    const value = row[name];
    if (Array.isArray(value)) for (const child of value) revive(target, children, child as Row);
    else if (value) revive(target, children, value as Row);
  }
  return row;
}

/**
 * Reads records by key with their relations (dotted for depth, as `FindConfig.relations`) in one
 * SQL statement, each relation a JSON subquery, instead of Prisma's one query per relation; rows
 * have the shape, the types and the soft-delete rule of Prisma's `include` (list relations in key
 * order). Undefined when a model or relation cannot be read so (an implicit many-to-many, a
 * column type JSON would change): the caller then reads through Prisma.
 */
async function readJoined(
  client: RawClient,
  model: ModelName,
  ids: (string | number)[],
  options: { relations: string[]; withDeleted: boolean },
): Promise<Row[] | undefined> {
  const tree = toTree(options.relations);
  if (!joinable(model, tree)) return undefined;
  const info = modelInfo(model);
  const aliases = new Aliases();
  const t = aliases.next();
  const live = !options.withDeleted && info.fields.has("deleted_at") ? ` AND ${t}."deleted_at" IS NULL` : "";
  const idCast = typeof ids[0] === "number" ? "int[]" : "text[]";
  const rows = await client.$queryRawUnsafe<{ row: Row | string }[]>(
    `SELECT to_json(r) AS row FROM (SELECT ${selectList(model, t, tree, options.withDeleted, aliases)} FROM ${ident(tableOf(model))} ${t} WHERE ${t}.${ident(info.idField)} = ANY($1::${idCast})${live}) r`,
    ids,
  );
  return rows.map(({ row }) => revive(model, tree, typeof row === "string" ? (JSON.parse(row) as Row) : row));
}

const isKey = (value: unknown): value is string | number =>
  (typeof value === "string" && value !== "") || Number.isInteger(value);

/**
 * A read by keys (`retrieve`, or `list({ id: [...] })`) with `relationLoadStrategy: "join"` and
 * `relations`, in one statement (readJoined); undefined for any other read, which readPage answers.
 */
export async function readJoinedByKeys(
  client: RawClient,
  model: ModelName,
  filters: Filters,
  config: FindConfig,
): Promise<Row[] | undefined> {
  if (config.relationLoadStrategy !== "join" || !joinedRelations(config)) return undefined;
  if (config.keyset || config.computed || config.skip) return undefined;
  if (config.order && Object.keys(config.order).length) return undefined;
  const { idField } = modelInfo(model);
  const keys = Object.keys(filters).filter((k) => filters[k] !== undefined);
  if (keys.length !== 1 || keys[0] !== idField) return undefined;
  const value = filters[idField];
  const ids = Array.isArray(value) ? value : [value];
  if (!ids.length || !ids.every(isKey)) return undefined;
  // In key order, as readPage answers a list of keys without an order.
  const sorted = [...new Set(ids)].sort((a, b) => (String(a) < String(b) ? -1 : 1));
  const rows = await readJoinedInOrder(client, model, sorted, config);
  return !rows || config.take === undefined || config.take === null ? rows : rows.slice(0, config.take);
}

/** Whether a read may be joined: relations asked, no field selection of its own. */
export const joinedRelations = (config: FindConfig): boolean =>
  Boolean(config.relations?.length) && !config.select?.length && !config.prismaQuery;

/** The rows of these keys, in their order, each with the config's relations, in one statement (undefined: not joinable). */
export async function readJoinedInOrder(
  client: RawClient,
  model: ModelName,
  ids: (string | number)[],
  config: FindConfig,
): Promise<Row[] | undefined> {
  if (!ids.length) return [];
  const rows = await readJoined(client, model, ids, {
    relations: config.relations ?? [],
    withDeleted: config.withDeleted ?? false,
  });
  if (!rows) return undefined;
  const { idField } = modelInfo(model);
  const byKey = new Map(rows.map((row) => [row[idField], row]));
  return ids.map((id) => byKey.get(id)).filter((row): row is Row => row !== undefined);
}
