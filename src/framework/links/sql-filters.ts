import { TesseraError } from "../errors/tessera-error.ts";
import { modelInfo, tableOf, type FieldInfo } from "../modules/datamodel.ts";
import type { Filters } from "../modules/filters.ts";
import { searchableFields, type ModelName } from "../modules/model.ts";
import { hopTables } from "./hop-sql.ts";
import { hopsFrom } from "./registry.ts";
import { ident, type SqlBuilder } from "./sql.ts";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
const invalid = (message: string, field: string) =>
  new TesseraError(TesseraError.Types.INVALID_DATA, message, { field: [field] });

function column(alias: string, field: FieldInfo): string {
  if (field.type === "Json" || field.type === "Bytes")
    throw invalid(`Cannot filter on ${field.name}: ${field.type} columns are not filterable`, field.name);
  // Enums compare as text, so one parameter type fits every enum.
  return field.kind === "enum" ? `${alias}.${ident(field.name)}::text` : `${alias}.${ident(field.name)}`;
}

/**
 * Operators on a scalar column. `$ne` and `$nin` keep rows whose value is NULL (NULL is not equal
 * to "x"), as a reader of `ne: "x"` expects; `$lt`… and LIKE never match NULL.
 */
function operators(sql: SqlBuilder, col: string, value: unknown, name: string): string {
  if (value === null) return `${col} IS NULL`;
  if (Array.isArray(value)) return `${col} = ANY(${sql.param(value)})`;
  if (!isObject(value)) return `${col} = ${sql.param(value)}`;
  const parts = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([op, v]) => {
      switch (op) {
        case "$eq":
          return v === null ? `${col} IS NULL` : `${col} = ${sql.param(v)}`;
        case "$ne":
          return v === null ? `${col} IS NOT NULL` : `${col} IS DISTINCT FROM ${sql.param(v)}`;
        case "$in":
          return `${col} = ANY(${sql.param(listOf(v, op, name))})`;
        case "$nin":
          return `(${col} IS NULL OR NOT (${col} = ANY(${sql.param(listOf(v, op, name))})))`;
        case "$lt":
          return `${col} < ${sql.param(v)}`;
        case "$lte":
          return `${col} <= ${sql.param(v)}`;
        case "$gt":
          return `${col} > ${sql.param(v)}`;
        case "$gte":
          return `${col} >= ${sql.param(v)}`;
        case "$like":
          return `${col} LIKE ${sql.param(String(v))}`;
        case "$ilike":
          return `${col} ILIKE ${sql.param(String(v))}`;
        default:
          throw invalid(`Unknown filter operator ${op} on ${name}`, name);
      }
    });
  return parts.length ? parts.join(" AND ") : "TRUE";
}

const listOf = (value: unknown, op: string, name: string): unknown[] => {
  if (!Array.isArray(value)) throw invalid(`${op} on ${name} takes a list`, name);
  return value;
};

/**
 * Operators on a list column (`String[]`): a value means "contains it", a list "contains any of
 * them"; `$eq` with a list compares the whole list.
 */
function listOperators(sql: SqlBuilder, col: string, value: unknown, name: string): string {
  if (value === null) return `${col} IS NULL`;
  if (Array.isArray(value)) return `${col} && ${sql.param(value)}`;
  if (!isObject(value)) return `${sql.param(value)} = ANY(${col})`;
  const parts = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([op, v]) => {
      switch (op) {
        case "$eq":
          return v === null
            ? `${col} IS NULL`
            : Array.isArray(v)
              ? `${col} = ${sql.param(v)}`
              : `${sql.param(v)} = ANY(${col})`;
        case "$ne":
          return v === null ? `${col} IS NOT NULL` : `NOT (${sql.param(v)} = ANY(${col}))`;
        case "$in":
          return `${col} && ${sql.param(listOf(v, op, name))}`;
        case "$nin":
          return `NOT (${col} && ${sql.param(listOf(v, op, name))})`;
        default:
          throw invalid(`Operator ${op} does not apply to the list ${name}`, name);
      }
    });
  return parts.length ? parts.join(" AND ") : "TRUE";
}

/** An EXISTS over a relation inside the module (foreign key either way, or Prisma's implicit many-to-many). */
function relation(
  sql: SqlBuilder,
  model: ModelName,
  alias: string,
  field: FieldInfo,
  nested: Filters,
  withDeleted: boolean,
): string {
  const target = field.type as ModelName;
  const x = sql.alias();
  const inner = () => where(sql, target, x, nested, withDeleted);
  const own = field.relationFromFields?.[0];
  if (own)
    return `EXISTS (SELECT 1 FROM ${ident(tableOf(target))} ${x} WHERE ${x}.${ident(modelInfo(target).idField)} = ${alias}.${ident(own)} AND ${inner()})`;
  const back = modelInfo(target).relations.find((f) => f.relationName === field.relationName && f.name !== field.name);
  const fk = back?.relationFromFields?.[0];
  if (fk)
    return `EXISTS (SELECT 1 FROM ${ident(tableOf(target))} ${x} WHERE ${x}.${ident(fk)} = ${alias}.${ident(modelInfo(model).idField)} AND ${inner()})`;
  // Implicit many-to-many: table _<relation>, column A for the model whose name sorts first.
  const [mine, theirs] = model < target ? ["A", "B"] : ["B", "A"];
  const j = sql.alias();
  return `EXISTS (SELECT 1 FROM ${ident(`_${field.relationName}`)} ${j} JOIN ${ident(tableOf(target))} ${x} ON ${x}.id = ${j}.${ident(theirs)} WHERE ${j}.${ident(mine)} = ${alias}.id AND ${inner()})`;
}

/**
 * The filter compiler: service filters (`{ title: { $ilike: "%a%" }, brand: { name: "Acme" } }`)
 * as a SQL condition on `alias`: own columns (list columns too), relations inside the module,
 * link fields (EXISTS through the link table), the read's computed columns (SqlBuilder.computed)
 * and `q` over the model's searchable fields, with
 * soft-deleted rows left out unless `withDeleted`. Every read compiles its filters here: module
 * services, GraphQL lists for admins and storefronts, link fields and query.graph.
 */
export function where(
  sql: SqlBuilder,
  model: ModelName,
  alias: string,
  filters: Filters,
  withDeleted: boolean,
): string {
  const info = modelInfo(model);
  const parts: string[] = [];
  if (!withDeleted && info.fields.has("deleted_at") && !("deleted_at" in filters))
    parts.push(`${alias}.deleted_at IS NULL`);
  const translate = (f: Filters): string[] =>
    Object.entries(f).flatMap(([key, value]): string[] => {
      if (value === undefined) return [];
      if (key === "$and" || key === "$or") {
        if (!Array.isArray(value)) throw invalid(`${key} takes a list of filters`, key);
        const nested = value.map((v: Filters) => `(${translate(v).join(" AND ") || "TRUE"})`);
        return nested.length ? [`(${nested.join(key === "$and" ? " AND " : " OR ")})`] : [];
      }
      if (key === "$not") {
        if (!isObject(value)) throw invalid("$not takes a filter", key);
        // IS NOT TRUE: a row the inner filter cannot decide (a NULL column) is "not matching", as with $ne.
        return [`(${translate(value as Filters).join(" AND ") || "TRUE"}) IS NOT TRUE`];
      }
      if (key === "q") {
        const fields = searchableFields(model);
        if (!value || !fields.length) return [];
        const pattern = sql.param(`%${String(value).replace(/[\\%_]/g, "\\$&")}%`);
        return [`(${fields.map((name) => `${alias}.${ident(name)} ILIKE ${pattern}`).join(" OR ")})`];
      }
      const computed = sql.computedColumn(model, key);
      if (computed) return [operators(sql, `(${computed(sql, alias)})`, value, key)];
      const hop = hopsFrom(model).find((h) => h.field === key);
      if (hop) {
        if (!isObject(value)) throw invalid(`Filter on link ${key} must be an object`, key);
        const { tables, on, target } = hopTables(sql, hop, alias);
        return [
          `EXISTS (SELECT 1 FROM ${tables} WHERE ${on} AND ${where(sql, hop.to.model, target, value as Filters, withDeleted)})`,
        ];
      }
      const field = info.fields.get(key);
      if (!field) throw invalid(`Unknown filter field ${model}.${key}`, key);
      if (field.kind === "object") {
        if (!isObject(value)) throw invalid(`Filter on relation ${key} must be an object`, key);
        return [relation(sql, model, alias, field, value as Filters, withDeleted)];
      }
      return [
        field.isList
          ? listOperators(sql, column(alias, field), value, key)
          : operators(sql, column(alias, field), value, key),
      ];
    });
  parts.push(...translate(filters));
  return parts.length ? parts.join(" AND ") : "TRUE";
}
