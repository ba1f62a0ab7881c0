import { Prisma } from "../../generated/prisma/client.ts";
import { TesseraError } from "../errors/tessera-error.ts";
import { modelInfo, type FieldInfo } from "./datamodel.ts";
import { generateId, type ModelDef, type ModelName } from "./model.ts";

type Data = Record<string, unknown>;
/** Model definitions of one module by Prisma name, so nested creates get the right id prefix. */
export type ModelsByName = ReadonlyMap<string, ModelDef>;

const isObject = (v: unknown): v is Data =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Gives a new record its prefixed id unless the caller chose one. */
export function withId(models: ModelsByName, model: ModelName, data: Data): Data {
  const def = models.get(model);
  if (data.id !== undefined || !def?.idPrefix) return data;
  return { id: generateId(def.idPrefix), ...data };
}

function listRelation(models: ModelsByName, field: FieldInfo, value: unknown, mode: "create" | "update"): Data {
  if (!Array.isArray(value)) {
    throw new TesseraError(TesseraError.Types.INVALID_DATA, `${field.name} must be a list of ids or objects`, {
      field: [field.name],
    });
  }
  const target = field.type as ModelName;
  const ids = value.filter((v): v is string => typeof v === "string").map((id) => ({ id }));
  const objects = value.filter(isObject);
  if (ids.length + objects.length !== value.length) {
    throw new TesseraError(TesseraError.Types.INVALID_DATA, `${field.name} must be a list of ids or objects`, {
      field: [field.name],
    });
  }
  const out: Data = {};
  // A list of ids replaces the relation on update (the seed's many-to-many example) and connects on create.
  if (mode === "create") {
    if (ids.length) out.connect = ids;
  } else if (ids.length || objects.length === 0) {
    out.set = ids;
  }
  const creates = objects.filter((o) => mode === "create" || o.id === undefined);
  if (creates.length)
    out.create = creates.map((o) => toPrismaData(models, target, withId(models, target, o), "create"));
  const updates = mode === "update" ? objects.filter((o) => o.id !== undefined) : [];
  if (updates.length) {
    out.update = updates.map(({ id, ...rest }) => ({
      where: { id },
      data: toPrismaData(models, target, rest, "update"),
    }));
  }
  return out;
}

/**
 * Turns service input into Prisma data: relations are set by id as the seed shows
 * (`store_id: "…"`, `user: "123"`, `orders: ["ord_1", "ord_2"]`), objects in a list relation
 * are created (or, on update, updated when they carry an id).
 */
export function toPrismaData(models: ModelsByName, model: ModelName, data: Data, mode: "create" | "update"): Data {
  const info = modelInfo(model);
  const out: Data = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    const field = info.fields.get(key);
    if (!field)
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Unknown field ${key} on ${model}`, { field: [key] });
    if (field.kind !== "object") {
      out[key] = field.type === "Json" && value === null ? Prisma.DbNull : value;
      if (key === "created_at" || key === "updated_at") delete out[key];
      continue;
    }
    const fromFields = field.relationFromFields ?? [];
    if (field.isList) {
      out[key] = listRelation(models, field, value, mode);
    } else if (fromFields.length === 1) {
      // belongsTo: the foreign key is on this model, so an id sets the column directly.
      if (value !== null && typeof value !== "string") {
        throw new TesseraError(TesseraError.Types.INVALID_DATA, `${key} must be an id`, { field: [key] });
      }
      out[fromFields[0] as string] = value;
    } else if (typeof value === "string") {
      out[key] = { connect: { id: value } };
    } else if (value === null && mode === "update") {
      out[key] = { disconnect: true };
    } else {
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `${key} must be an id`, { field: [key] });
    }
  }
  return out;
}
