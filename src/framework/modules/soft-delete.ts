import { TesseraError } from "../errors/tessera-error.ts";
import { modelInfo } from "./datamodel.ts";
import type { ModelDef, ModelName } from "./model.ts";
import type { ModelsByName } from "./write-data.ts";

/** Ids touched by a soft delete or restore, keyed `<model in snake_case>_id` (`product_variant_id`). */
export type CascadeResult = Record<string, (string | number)[]>;

type Delegate = {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  updateMany(args: object): Promise<{ count: number }>;
};

const snake = (model: string) => model.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/** The column on the child model that points back at the parent through `relation`. */
function childForeignKey(parent: ModelName, relation: string): { child: ModelName; column: string } {
  const field = modelInfo(parent).fields.get(relation);
  if (!field || field.kind !== "object")
    throw new TesseraError(TesseraError.Types.UNEXPECTED_STATE, `Unknown cascade relation ${parent}.${relation}`);
  const child = field.type as ModelName;
  const back = modelInfo(child).relations.find(
    (f) => f.relationName === field.relationName && (f.relationFromFields?.length ?? 0) > 0,
  );
  const column = back?.relationFromFields?.[0];
  if (!column)
    throw new TesseraError(
      TesseraError.Types.UNEXPECTED_STATE,
      `Cascade ${parent}.${relation} must point at a child holding the foreign key`,
    );
  return { child, column };
}

function record(result: CascadeResult, model: ModelName, ids: (string | number)[]) {
  const key = `${snake(model)}_id`;
  result[key] = [...(result[key] ?? []), ...ids];
}

/** Soft-deletes the records and, through the declared cascades, their live children, with one timestamp. */
export async function softDeleteCascade(
  delegate: (m: ModelName) => Delegate,
  def: ModelDef,
  models: ModelsByName,
  ids: (string | number)[],
): Promise<CascadeResult> {
  const at = new Date();
  const result: CascadeResult = {};
  async function visit(model: ModelName, candidates: (string | number)[]): Promise<void> {
    if (!candidates.length) return;
    const key = modelInfo(model).idField;
    const live = await delegate(model).findMany({
      where: { [key]: { in: candidates }, deleted_at: null },
      select: { [key]: true },
    });
    const liveIds = live.map((r) => r[key] as string | number);
    if (!liveIds.length) return;
    await delegate(model).updateMany({ where: { [key]: { in: liveIds } }, data: { deleted_at: at } });
    record(result, model, liveIds);
    for (const relation of models.get(model)?.cascades.delete ?? []) {
      const { child, column } = childForeignKey(model, relation);
      const childKey = modelInfo(child).idField;
      const children = await delegate(child).findMany({
        where: { [column]: { in: liveIds }, deleted_at: null },
        select: { [childKey]: true },
      });
      await visit(
        child,
        children.map((c) => c[childKey] as string | number),
      );
    }
  }
  await visit(def.name, ids);
  return result;
}

/** Restores the records and the children that the same soft delete took along (same timestamp). */
export async function restoreCascade(
  delegate: (m: ModelName) => Delegate,
  def: ModelDef,
  models: ModelsByName,
  ids: (string | number)[],
): Promise<CascadeResult> {
  const result: CascadeResult = {};
  async function visit(model: ModelName, where: object): Promise<void> {
    const key = modelInfo(model).idField;
    const deleted = await delegate(model).findMany({
      where: { AND: [where, { deleted_at: { not: null } }] },
      select: { [key]: true, deleted_at: true },
    });
    if (!deleted.length) return;
    const restoredIds = deleted.map((r) => r[key] as string | number);
    await delegate(model).updateMany({ where: { [key]: { in: restoredIds } }, data: { deleted_at: null } });
    record(result, model, restoredIds);
    const stamps = [...new Set(deleted.map((r) => (r.deleted_at as Date).getTime()))].map((t) => new Date(t));
    for (const relation of models.get(model)?.cascades.delete ?? []) {
      const { child, column } = childForeignKey(model, relation);
      await visit(child, { [column]: { in: restoredIds }, deleted_at: { in: stamps } });
    }
  }
  await visit(def.name, { [modelInfo(def.name).idField]: { in: ids } });
  return result;
}
