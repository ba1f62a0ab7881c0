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
