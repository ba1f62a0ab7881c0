import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { getDatamodel } from "../../generated/pothos-prisma-types.ts";
import { projectRoot } from "../paths.ts";
import type { ModelName } from "./model.ts";

let parsed: ReturnType<typeof getDatamodel> | undefined;
/** The generated Prisma datamodel, parsed once (each `getDatamodel()` parses some 340 kB of JSON anew). */
export const prismaDatamodel = () => {
  parsed ??= getDatamodel();
  return parsed;
};

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
/** The folder Prisma reads the datamodel from (prisma.config.ts `schema`): the product's and the example project's files. */
const schemaFolder = path.join(projectRoot, "prisma", "schema");

function prismaFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  // Typed entries: a stat only for symbolic links (the schema folder's links to each src/), not for
  // each of the ~1,000 files it walks (measured ~270 ms of a loaded production start with a stat each).
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.name.startsWith(".") || entry.name === "node_modules" || entry.name === "generated") return [];
    if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(file).isDirectory())) return prismaFiles(file);
    return entry.name.endsWith(".prisma") ? [file] : [];
  });
}

let mapped: Map<string, string> | undefined;

/** Each model's `@@map` table, read once from the Prisma schema files the client is generated from. */
function mappedTables(): Map<string, string> {
  if (mapped) return mapped;
  mapped = new Map();
  for (const file of prismaFiles(schemaFolder)) {
    for (const [, name, body] of readFileSync(file, "utf8").matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
      const table = body ? /@@map\(\s*"([^"]+)"\s*\)/.exec(body)?.[1] : undefined;
      if (name && table) mapped.set(name, table);
    }
  }
  return mapped;
}

/** A model's table: its `@@map` (promotion_campaign for Campaign), else snake_case of its name. */
export function tableOf(model: ModelName): string {
  return mappedTables().get(model) ?? model.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/** Runtime description of a Prisma model: the service factory translates inputs with it. */
export function modelInfo(name: ModelName): ModelInfo {
  let info = models.get(name);
  if (info) return info;
  const raw = prismaDatamodel().datamodel.models[name];
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
