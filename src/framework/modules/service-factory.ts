import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Database, TransactionClient } from "../database/database.ts";
import { fromDatabaseError } from "../errors/database-errors.ts";
import { TesseraError } from "../errors/tessera-error.ts";
import { modelInfo } from "./datamodel.ts";
import type { Filters } from "./filters.ts";
import type { FindConfig } from "./query-config.ts";
import { readJoinedByKeys } from "./joined-read.ts";
import { keysMatching, readPage, type ReadDelegate } from "./read-rows.ts";
import type { ModelDef, ModelName, ModelRecord, ModelRelations } from "./model.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { toPrismaData, withId, type ModelsByName } from "./write-data.ts";
import { softDeleteCascade, restoreCascade, type CascadeResult } from "./soft-delete.ts";
import type { RawClient } from "../links/sql.ts";

/** Passed as the last argument of service methods so several calls share one transaction. */
export interface Context {
  /** The transaction in progress; methods use it instead of opening their own. */
  tx?: TransactionClient;
}

/** A primary key value: ids are text, but a model may use a text or number key (the seed's `model.number().primaryKey()`). */
export type RecordKey = string | number;

/** What a module service is constructed with: the module container's cradle. */
export interface ModuleCradle {
  db: Database;
}

type FromPayload<P> = P extends null
  ? null
  : P extends readonly (infer E)[]
    ? FromPayload<E>[]
    : P extends { scalars: infer S; objects: infer O }
      ? S & { [K in keyof O]?: FromPayload<O[K]> }
      : never;

/** A row of model N with whichever relations were asked for. */
export type Row<N extends ModelName> = FromPayload<Prisma.TypeMap["model"][N]["payload"]>;
/** A column's input type: Decimal columns also take numbers and decimal strings (Prisma converts them). */
type ColumnInput<T> = T extends Prisma.Decimal ? T | number | string : T;
/** Input for create: columns, plus relations by id (or lists of ids / nested objects). */
export type CreateInput<N extends ModelName> = { [K in keyof ModelRecord<N>]?: ColumnInput<ModelRecord<N>[K]> } & {
  [K in ModelRelations<N>]?: unknown;
};
/** Update input: carries its key (`id`, or the model's own text / number key, checked at run time). */
export type UpdateInput<N extends ModelName> = "id" extends keyof ModelRecord<N>
  ? CreateInput<N> & { id: string }
  : CreateInput<N>;
export type UpdateSelector<N extends ModelName> = { selector: Filters; data: CreateInput<N> };

type MethodsOf<D> =
  D extends ModelDef<infer N, infer S, infer P>
    ? { [K in `retrieve${S}`]: (id: RecordKey, config?: FindConfig, ctx?: Context) => Promise<Row<N>> } & {
        [K in `list${P}`]: (filters?: Filters, config?: FindConfig, ctx?: Context) => Promise<Row<N>[]>;
      } & {
        [K in `listAndCount${P}`]: (
          filters?: Filters,
          config?: FindConfig,
          ctx?: Context,
        ) => Promise<[Row<N>[], number]>;
      } & {
        [K in `create${P}`]: {
          (data: CreateInput<N>, ctx?: Context): Promise<Row<N>>;
          (data: CreateInput<N>[], ctx?: Context): Promise<Row<N>[]>;
        };
      } & {
        [K in `update${P}`]: {
          (data: UpdateInput<N>, ctx?: Context): Promise<Row<N>>;
          (data: UpdateInput<N>[] | UpdateSelector<N>, ctx?: Context): Promise<Row<N>[]>;
        };
      } & {
        [K in `upsert${P}`]: {
          (data: CreateInput<N>, ctx?: Context): Promise<Row<N>>;
          (data: CreateInput<N>[], ctx?: Context): Promise<Row<N>[]>;
        };
      } & {
        [K in `delete${P}`]: (idsOrSelector: RecordKey | RecordKey[] | Filters, ctx?: Context) => Promise<void>;
      } & { [K in `softDelete${P}`]: (ids: RecordKey | RecordKey[], ctx?: Context) => Promise<CascadeResult> } & {
        [K in `restore${P}`]: (ids: RecordKey | RecordKey[], ctx?: Context) => Promise<CascadeResult>;
      }
    : never;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** The generated methods for every model given to ModuleService. */
export type ServiceMethods<M extends Record<string, ModelDef>> = UnionToIntersection<
  { [K in keyof M]: MethodsOf<M[K]> }[keyof M]
>;

type AnyDelegate = {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  findFirst(args: object): Promise<Record<string, unknown> | null>;
  count(args: object): Promise<number>;
  create(args: object): Promise<Record<string, unknown>>;
  createManyAndReturn(args: object): Promise<Record<string, unknown>[]>;
  update(args: object): Promise<Record<string, unknown>>;
  updateMany(args: object): Promise<{ count: number }>;
  deleteMany(args: object): Promise<{ count: number }>;
};

/** Base of every module service: database access, transactions and error translation. */
export abstract class ModuleServiceBase {
  protected readonly db: Database;

  constructor(cradle: ModuleCradle, _options?: unknown) {
    this.db = cradle.db;
  }

  /** The client to use: the shared transaction when there is one. */
  protected client(ctx?: Context): TransactionClient {
    return ctx?.tx ?? this.db.prisma;
  }

  /** Runs `fn` in a transaction, joining the caller's when `ctx` already carries one. */
  protected async transaction<T>(fn: (ctx: Context) => Promise<T>, ctx?: Context): Promise<T> {
    if (ctx?.tx) return fn(ctx);
    try {
      return await (this.db.prisma as PrismaClient).$transaction((tx) => fn({ ...ctx, tx }), {
        timeout: 30_000,
        maxWait: 30_000,
      });
    } catch (error) {
      throw fromDatabaseError(error);
    }
  }

  /**
   * Called before every generated create, update, upsert, delete, soft delete and restore: a
   * service that keeps a per-process cache of its rows drops it here, so its own writes are seen
   * at once (other processes drop theirs when the write's event is delivered).
   */
  protected onWrite(): void {}

  protected delegate(model: ModelName, ctx?: Context): AnyDelegate {
    const key = model.charAt(0).toLowerCase() + model.slice(1);
    return (this.client(ctx) as unknown as Record<string, AnyDelegate>)[key] as AnyDelegate;
  }
}

async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw fromDatabaseError(error);
  }
}

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
/** A usable primary key value: a non-empty text or an integer (number keys must not be stringified). */
const isKey = (value: unknown): value is RecordKey =>
  (typeof value === "string" && value !== "") || Number.isInteger(value);

function methodsFor(
  def: ModelDef,
  models: ModelsByName,
): Record<string, (this: ModuleServiceBase, ...args: never[]) => unknown> {
  const { name, singular, plural } = def;
  const info = modelInfo(name);
  type Self = ModuleServiceBase & {
    delegate: ModuleServiceBase["delegate"];
    transaction: ModuleServiceBase["transaction"];
    client: ModuleServiceBase["client"];
  };
  const d = (self: ModuleServiceBase, ctx?: Context) => (self as unknown as Self).delegate(name, ctx);
  const raw = (self: ModuleServiceBase, ctx?: Context) => (self as unknown as Self).client(ctx) as unknown as RawClient;
  const page = (self: ModuleServiceBase, filters: Filters, config: FindConfig, count: boolean, ctx?: Context) =>
    guard(async () => {
      // listAndCount counts through readPage, which joins too.
      const joined = count ? undefined : await readJoinedByKeys(raw(self, ctx), name, filters, config);
      if (joined) return { rows: joined, count: joined.length };
      return readPage({
        model: name,
        client: raw(self, ctx),
        delegate: d(self, ctx) as ReadDelegate,
        filters,
        config,
        count,
      });
    });
  const tx = <T>(self: ModuleServiceBase, fn: (c: Context) => Promise<T>, ctx?: Context) =>
    (self as unknown as Self).transaction(fn, ctx);
  const written = (self: ModuleServiceBase) => (self as unknown as { onWrite(): void }).onWrite();
  /** A create, update or upsert in a transaction: a list for a list input (`many`), else its one row. */
  async function writeRows<T>(
    self: ModuleServiceBase,
    many: boolean,
    write: (c: Context) => Promise<T[]>,
    ctx?: Context,
  ): Promise<T | T[] | undefined> {
    written(self);
    const rows = await tx(self, write, ctx);
    return many ? rows : rows[0];
  }

  async function retrieve(this: ModuleServiceBase, id: RecordKey, config: FindConfig = {}, ctx?: Context) {
    if (!isKey(id))
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `${singular} id is required`, { field: ["id"] });
    const {
      rows: [row],
    } = await page(this, { [info.idField]: id }, { ...config, take: 1, skip: 0, order: undefined }, false, ctx);
    if (!row) throw new TesseraError(TesseraError.Types.NOT_FOUND, `${singular} with id: ${id} was not found`);
    return row;
  }
  async function list(this: ModuleServiceBase, filters: Filters = {}, config: FindConfig = {}, ctx?: Context) {
    return (await page(this, filters, config, false, ctx)).rows;
  }
  async function listAndCount(this: ModuleServiceBase, filters: Filters = {}, config: FindConfig = {}, ctx?: Context) {
    const { rows, count } = await page(this, filters, config, true, ctx);
    return [rows, count];
  }
  async function createOne(self: ModuleServiceBase, input: Record<string, unknown>, c: Context) {
    const data = toPrismaData(models, name, withId(models, name, input), "create");
    return d(self, c).create({ data });
  }
  async function updateOne(self: ModuleServiceBase, id: RecordKey, input: Record<string, unknown>, c: Context) {
    const data = toPrismaData(models, name, input, "update");
    const where = info.fields.has("deleted_at") ? { [info.idField]: id, deleted_at: null } : { [info.idField]: id };
    try {
      return await d(self, c).update({ where, data });
    } catch (error) {
      const mapped = fromDatabaseError(error);
      if (TesseraError.is(mapped) && mapped.type === "not_found") {
        throw new TesseraError(TesseraError.Types.NOT_FOUND, `${singular} with id: ${id} was not found`);
      }
      throw mapped;
    }
  }
  async function create(
    this: ModuleServiceBase,
    input: Record<string, unknown> | Record<string, unknown>[],
    ctx?: Context,
  ) {
    return writeRows(
      this,
      Array.isArray(input),
      async (c) => {
        const items = asList(input);
        // Rows of plain columns go in one INSERT … RETURNING, whatever their number (a cart's
        // lines, an order's adjustments, inventory items without levels); a row writing a
        // relation goes through create alone. An empty list relation writes nothing.
        const isRelation = (k: string) => info.fields.get(k)?.kind === "object";
        const plain = (item: Record<string, unknown>) =>
          Object.entries(item).every(
            ([k, v]) => v === undefined || !isRelation(k) || (Array.isArray(v) && v.length === 0),
          );
        const columns = (item: Record<string, unknown>) =>
          Object.fromEntries(Object.entries(item).filter(([k]) => !isRelation(k)));
        if (items.length > 1 && items.every(plain)) {
          const data = items.map((item) => toPrismaData(models, name, withId(models, name, columns(item)), "create"));
          const created = await d(this, c).createManyAndReturn({ data });
          const byId = new Map(created.map((r) => [r[info.idField], r]));
          if (data.every((row) => byId.has(row[info.idField]))) return data.map((row) => byId.get(row[info.idField]));
          return created;
        }
        const out = [];
        for (const item of items) out.push(await createOne(this, item, c));
        return out;
      },
      ctx,
    );
  }
  async function update(
    this: ModuleServiceBase,
    input: Record<string, unknown> | Record<string, unknown>[],
    ctx?: Context,
  ) {
    return writeRows(
      this,
      Array.isArray(input) || "selector" in input,
      async (c) => {
        if (!Array.isArray(input) && "selector" in input && "data" in input) {
          const keys = await guard(() => keysMatching(raw(this, c), name, input.selector as Filters, false));
          const out = [];
          for (const key of keys) out.push(await updateOne(this, key, input.data as Record<string, unknown>, c));
          return out;
        }
        const out = [];
        for (const item of asList(input)) {
          const { [info.idField]: id, ...rest } = item;
          if (!isKey(id)) {
            throw new TesseraError(
              TesseraError.Types.INVALID_DATA,
              `${singular} ${info.idField} is required to update`,
              { field: [info.idField] },
            );
          }
          out.push(await updateOne(this, id, rest, c));
        }
        return out;
      },
      ctx,
    );
  }
  async function upsert(
    this: ModuleServiceBase,
    input: Record<string, unknown> | Record<string, unknown>[],
    ctx?: Context,
  ) {
    return writeRows(
      this,
      Array.isArray(input),
      async (c) => {
        const out = [];
        for (const item of asList(input)) {
          const id = item[info.idField];
          const exists = isKey(id) && (await d(this, c).count({ where: { [info.idField]: id } })) > 0;
          if (exists) {
            const { [info.idField]: _id, ...rest } = item;
            out.push(await updateOne(this, id, rest, c));
          } else {
            out.push(await createOne(this, item, c));
          }
        }
        return out;
      },
      ctx,
    );
  }
  async function remove(this: ModuleServiceBase, idsOrSelector: RecordKey | RecordKey[] | Filters, ctx?: Context) {
    written(this);
    const keys =
      isKey(idsOrSelector) || Array.isArray(idsOrSelector)
        ? asList(idsOrSelector)
        : await guard(() => keysMatching(raw(this, ctx), name, idsOrSelector, true));
    await guard(() => d(this, ctx).deleteMany({ where: { [info.idField]: { in: keys } } }));
  }
  async function softDelete(this: ModuleServiceBase, ids: RecordKey | RecordKey[], ctx?: Context) {
    written(this);
    return tx(
      this,
      (c) => softDeleteCascade((m) => (this as unknown as Self).delegate(m, c), def, models, asList(ids)),
      ctx,
    );
  }
  async function restore(this: ModuleServiceBase, ids: RecordKey | RecordKey[], ctx?: Context) {
    written(this);
    return tx(
      this,
      (c) => restoreCascade((m) => (this as unknown as Self).delegate(m, c), def, models, asList(ids)),
      ctx,
    );
  }

  return {
    [`retrieve${singular}`]: retrieve,
    [`list${plural}`]: list,
    [`listAndCount${plural}`]: listAndCount,
    [`create${plural}`]: create,
    [`update${plural}`]: update,
    [`upsert${plural}`]: upsert,
    [`delete${plural}`]: remove,
    [`softDelete${plural}`]: softDelete,
    [`restore${plural}`]: restore,
  } as Record<string, (this: ModuleServiceBase, ...args: never[]) => unknown>;
}

/** ModuleService's options. */
export interface ModuleServiceOptions<O extends string> {
  /**
   * Generated method names the subclass writes itself (`["createInvites"]`). They leave the base
   * type, so the subclass declares them as ordinary methods: TypeScript refuses a method that
   * replaces a generated one (TS2425, the `@ts-expect-error` Medusa's own modules carry). The
   * generated one stays on the prototype: `super.createInvites(...)` still reaches it.
   */
  overrides?: readonly O[];
}

/**
 * The service factory: a base class with create / update / upsert / delete / softDelete /
 * restore / retrieve / list / listAndCount methods for every model given.
 * @example class BrandModuleService extends ModuleService({ Brand }) {}
 */
export function ModuleService<const M extends Record<string, ModelDef>, const O extends string = never>(
  models: M,
  _options: ModuleServiceOptions<O> = {},
) {
  const byName: ModelsByName = new Map(Object.values(models).map((def) => [def.name, def]));
  abstract class GeneratedService extends ModuleServiceBase {
    /** The model definitions this service serves, by their key. */
    static readonly models: M = models;
  }
  for (const def of Object.values(models)) {
    for (const [method, fn] of Object.entries(methodsFor(def, byName))) {
      Object.defineProperty(GeneratedService.prototype, method, { value: fn, writable: true, configurable: true });
    }
  }
  return GeneratedService as unknown as (abstract new (
    cradle: ModuleCradle,
    options?: unknown,
  ) => ModuleServiceBase & ([O] extends [never] ? ServiceMethods<M> : Omit<ServiceMethods<M>, O>)) & { models: M };
}
