import { TesseraError } from "../errors/tessera-error.ts";
import type { ComputedColumn } from "../links/sql.ts";
import type { Keyset } from "../links/linked-list.ts";
import { modelInfo } from "./datamodel.ts";
import type { ModelName } from "./model.ts";

/** How much of a record to load and in which order; the last argument of list / retrieve. */
export interface FindConfig {
  /** Relations to load, dotted for depth: `["variants", "variants.options"]`. */
  relations?: string[];
  /** Fields to load; dotted entries load a relation's fields (`"variants.sku"`). Default: all. */
  select?: string[];
  /** At most this many records. Default: all. */
  take?: number | null;
  skip?: number;
  /** `{ title: "ASC" }`; ties are broken by id so pages are stable. */
  order?: Record<string, "ASC" | "DESC" | "asc" | "desc">;
  /** Include soft-deleted records. Default false. */
  withDeleted?: boolean;
  /**
   * Values computed in SQL for this read (a product's calculated price in the request's context),
   * by the names filters and `order` use for them. Such a read always compiles to SQL.
   */
  computed?: Record<string, ComputedColumn>;
  /**
   * A keyset page (GraphQL connections): only records after / before these sort keys (the
   * order's values, then the id). Each row read comes back with its key (`sortKeyOf`).
   */
  keyset?: Keyset;
  /** A ready Prisma `include`/`select` (from the GraphQL layer); wins over relations/select. */
  prismaQuery?: { include?: object; select?: object };
  /**
   * How `retrieve` loads `relations` (Prisma's option of that name): `"query"` (the default) one
   * statement per relation; `"join"` the record and all its relations in one statement
   * (`joined-read.ts`; ignored with `select` or `prismaQuery`).
   */
  relationLoadStrategy?: "query" | "join";
}

/** Dotted paths as a tree: `["a.b", "a.c"]` → a → { b, c }. */
export type Tree = Map<string, Tree>;

/** Dotted relation paths (`["items.adjustments", "shipping_address"]`) as a tree of names. */
export function toTree(paths: string[]): Tree {
  const root: Tree = new Map();
  for (const path of paths) {
    let node = root;
    for (const part of path.split(".")) {
      if (!node.has(part)) node.set(part, new Map());
      node = node.get(part) as Tree;
    }
  }
  return root;
}

function liveFilter(model: ModelName, isList: boolean, withDeleted: boolean): object {
  return isList && !withDeleted && modelInfo(model).fields.has("deleted_at") ? { where: { deleted_at: null } } : {};
}

function includeFor(model: ModelName, tree: Tree, withDeleted: boolean): Record<string, unknown> {
  const info = modelInfo(model);
  const include: Record<string, unknown> = {};
  for (const [name, children] of tree) {
    const field = info.fields.get(name);
    if (!field || field.kind !== "object") {
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Unknown relation ${model}.${name}`, {
        field: ["relations"],
      });
    }
    const nested = children.size ? { include: includeFor(field.type as ModelName, children, withDeleted) } : {};
    const filter = liveFilter(field.type as ModelName, field.isList, withDeleted);
    include[name] = Object.keys(nested).length || Object.keys(filter).length ? { ...filter, ...nested } : true;
  }
  return include;
}

function selectFor(model: ModelName, tree: Tree, withDeleted: boolean): Record<string, unknown> {
  const info = modelInfo(model);
  const select: Record<string, unknown> = { [info.idField]: true };
  for (const [name, children] of tree) {
    if (name === "*") {
      for (const scalar of info.scalars) select[scalar.name] = true;
      continue;
    }
    const field = info.fields.get(name);
    if (!field)
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Unknown field ${model}.${name}`, { field: ["select"] });
    if (field.kind !== "object") {
      select[name] = true;
      continue;
    }
    const target = field.type as ModelName;
    const inner = children.size
      ? selectFor(target, children, withDeleted)
      : Object.fromEntries(modelInfo(target).scalars.map((s) => [s.name, true]));
    select[name] = { ...liveFilter(target, field.isList, withDeleted), select: inner };
  }
  return select;
}

/** Builds the Prisma arguments (include/select, order, paging) for a FindConfig. */
export function toPrismaFindArgs(model: ModelName, config: FindConfig = {}): Record<string, unknown> {
  const withDeleted = config.withDeleted ?? false;
  const args: Record<string, unknown> = {};
  if (config.prismaQuery) Object.assign(args, config.prismaQuery);
  else if (config.select?.length)
    args.select = selectFor(model, toTree([...config.select, ...(config.relations ?? [])]), withDeleted);
  else if (config.relations?.length) args.include = includeFor(model, toTree(config.relations), withDeleted);
  if (config.take !== undefined && config.take !== null) {
    if (!Number.isInteger(config.take) || config.take < 0)
      throw new TesseraError(TesseraError.Types.INVALID_DATA, "take must be a non-negative integer", {
        field: ["take"],
      });
    args.take = config.take;
  }
  if (config.skip) {
    if (!Number.isInteger(config.skip) || config.skip < 0)
      throw new TesseraError(TesseraError.Types.INVALID_DATA, "skip must be a non-negative integer", {
        field: ["skip"],
      });
    args.skip = config.skip;
  }
  args.orderBy = orderFor(model, config.order);
  return args;
}

function orderFor(model: ModelName, order: FindConfig["order"] = {}): Record<string, string>[] {
  const info = modelInfo(model);
  const orderBy = Object.entries(order).map(([field, direction]) => {
    const known = info.fields.get(field);
    if (!known || known.kind === "object")
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Cannot order ${model} by ${field}`, {
        field: ["order"],
      });
    const dir = direction.toLowerCase();
    if (dir !== "asc" && dir !== "desc")
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Order direction must be ASC or DESC`, {
        field: ["order"],
      });
    return { [field]: dir };
  });
  if (!(info.idField in order)) orderBy.push({ [info.idField]: "asc" });
  return orderBy;
}
