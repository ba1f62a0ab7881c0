import { TesseraError } from "../errors/tessera-error.ts";
import { modelInfo, type ModelInfo } from "./datamodel.ts";
import type { ModelName } from "./model.ts";

type Scalar = string | number | boolean | Date | null;

/** Operators a filter value may use, as in Medusa: `{ title: { $ilike: "%shirt%" } }`. */
export interface OperatorMap<T = Scalar> {
  $eq?: T;
  $ne?: T;
  $in?: T[];
  $nin?: T[];
  $lt?: T;
  $lte?: T;
  $gt?: T;
  $gte?: T;
  $like?: string;
  $ilike?: string;
}

/** A filter on a model: field → value, array (in), operator map, or a nested filter on a relation. */
export type Filters = {
  $and?: Filters[];
  $or?: Filters[];
  /** Searches the model's searchable fields. */
  q?: string;
} & { [field: string]: unknown };

type PrismaWhere = Record<string, unknown>;

const operatorNames = new Set(["$eq", "$ne", "$in", "$nin", "$lt", "$lte", "$gt", "$gte", "$like", "$ilike"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** LIKE patterns map onto Prisma's contains / startsWith / endsWith; other shapes are refused. */
function likeToPrisma(pattern: string, insensitive: boolean, field: string): PrismaWhere {
  const mode = insensitive ? { mode: "insensitive" } : {};
  const body = pattern.replace(/^%/, "").replace(/%$/, "");
  if (/[%_]/.test(body.replace(/\\[%_]/g, ""))) {
    throw new TesseraError(TesseraError.Types.INVALID_DATA, `Unsupported LIKE pattern on ${field}: only leading or trailing % are allowed`, { field: [field] });
  }
  const value = body.replace(/\\([%_])/g, "$1");
  const starts = pattern.startsWith("%");
  const ends = pattern.endsWith("%") && !pattern.endsWith("\\%");
  if (starts && ends) return { contains: value, ...mode };
  if (ends) return { startsWith: value, ...mode };
  if (starts) return { endsWith: value, ...mode };
  return { equals: value, ...mode };
}

function operatorsToPrisma(ops: Record<string, unknown>, field: string): PrismaWhere {
  const out: PrismaWhere[] = [];
  for (const [op, value] of Object.entries(ops)) {
    switch (op) {
      case "$eq": out.push({ equals: value }); break;
      case "$ne": out.push({ not: value }); break;
      case "$in": out.push({ in: value }); break;
      case "$nin": out.push({ notIn: value }); break;
      case "$lt": out.push({ lt: value }); break;
      case "$lte": out.push({ lte: value }); break;
      case "$gt": out.push({ gt: value }); break;
      case "$gte": out.push({ gte: value }); break;
      case "$like": out.push(likeToPrisma(String(value), false, field)); break;
      case "$ilike": out.push(likeToPrisma(String(value), true, field)); break;
      default:
        throw new TesseraError(TesseraError.Types.INVALID_DATA, `Unknown filter operator ${op} on ${field}`, { field: [field] });
    }
  }
  return out.length === 1 ? (out[0] as PrismaWhere) : Object.assign({}, ...out);
}

function isOperatorMap(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => operatorNames.has(k) || k.startsWith("$"));
}

/**
 * Translates Medusa-style filters into a Prisma `where`. Soft-deleted rows are left out unless
 * `withDeleted`; nested filters on relations inside the module become `some` / `is`.
 */
export function toPrismaWhere(modelName: ModelName, filters: Filters = {}, options: { withDeleted?: boolean } = {}): PrismaWhere {
  const info = modelInfo(modelName);
  const where = translate(info, filters, options, modelName);
  if (!options.withDeleted && info.fields.has("deleted_at") && !("deleted_at" in filters)) {
    return { AND: [where, { deleted_at: null }] };
  }
  return where;
}

function translate(info: ModelInfo, filters: Filters, options: { withDeleted?: boolean; searchable?: readonly string[] }, path: string): PrismaWhere {
  const and: PrismaWhere[] = [];
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    if (key === "$and" || key === "$or") {
      if (!Array.isArray(value)) throw new TesseraError(TesseraError.Types.INVALID_DATA, `${key} takes a list of filters`, { field: [key] });
      const parts = value.map((f: Filters) => translate(info, f, options, path));
      and.push(key === "$and" ? { AND: parts } : { OR: parts });
      continue;
    }
    if (key === "q") continue;
    const field = info.fields.get(key);
    if (!field) throw new TesseraError(TesseraError.Types.INVALID_DATA, `Unknown filter field ${path}.${key}`, { field: [key] });
    if (field.kind === "object") {
      if (!isPlainObject(value)) throw new TesseraError(TesseraError.Types.INVALID_DATA, `Filter on relation ${key} must be an object`, { field: [key] });
      const target = modelInfo(field.type as ModelName);
      let nested = translate(target, value as Filters, options, `${path}.${key}`);
      if (!options.withDeleted && target.fields.has("deleted_at")) nested = { AND: [nested, { deleted_at: null }] };
      and.push({ [key]: field.isList ? { some: nested } : { is: nested } });
      continue;
    }
    if (Array.isArray(value)) and.push({ [key]: field.isList ? { hasSome: value } : { in: value } });
    else if (isPlainObject(value) && isOperatorMap(value)) and.push({ [key]: operatorsToPrisma(value, key) });
    else and.push({ [key]: field.isList ? { has: value } : value });
  }
  return and.length === 1 ? (and[0] as PrismaWhere) : { AND: and };
}

/** The `q` filter: a case-insensitive substring match over the model's searchable fields. */
export function searchWhere(searchable: readonly string[], q: string | undefined): PrismaWhere | undefined {
  if (!q || searchable.length === 0) return undefined;
  return { OR: searchable.map((field) => ({ [field]: { contains: q, mode: "insensitive" } })) };
}
