import { getDatamodel } from "../../generated/pothos-prisma-types.ts";
import type { ModelName } from "./model.ts";

/** One field of a Prisma model, as the generated datamodel describes it. */
export interface FieldInfo {
  name: string;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  relationFromFields?: string[];
  relationName?: string;
}

export interface ModelInfo {
  name: ModelName;
  fields: Map<string, FieldInfo>;
  scalars: FieldInfo[];
  relations: FieldInfo[];
  idField: string;
}

const models = new Map<string, ModelInfo>();
const tables = new Map<string, string>();

/**
 * Remembers each model's table (its `@@map`) from a Prisma client's runtime data model, which
 * the generated Pothos datamodel lacks. openDatabase calls it, so raw SQL names the real table.
 */
export function registerTableNames(client: object): void {
  const runtime = (client as { _runtimeDataModel?: { models: Record<string, { dbName: string | null }> } })
    ._runtimeDataModel;
  for (const [name, model] of Object.entries(runtime?.models ?? {})) if (model.dbName) tables.set(name, model.dbName);
}

/** A model's table: its `@@map` (promotion_campaign for Campaign), else snake_case of its name. */
export function tableOf(model: ModelName): string {
  return tables.get(model) ?? model.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/** Runtime description of a Prisma model: the service factory translates inputs with it. */
export function modelInfo(name: ModelName): ModelInfo {
  let info = models.get(name);
  if (info) return info;
  const raw = getDatamodel().datamodel.models[name];
  if (!raw) throw new Error(`Unknown Prisma model ${name}`);
  const fields = raw.fields as unknown as FieldInfo[];
  info = {
    name,
    fields: new Map(fields.map((f) => [f.name, f])),
    scalars: fields.filter((f) => f.kind === "scalar" || f.kind === "enum"),
    relations: fields.filter((f) => f.kind === "object"),
    idField: fields.find((f) => f.isId)?.name ?? raw.primaryKey?.fields[0] ?? "id",
  };
  models.set(name, info);
  return info;
}
