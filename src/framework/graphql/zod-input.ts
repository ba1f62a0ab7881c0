import type { InputObjectRef, InputRef } from "@pothos/core";
import { z } from "zod";
import { builder, type BuilderTypes, type InputFieldBuilder } from "./builder.ts";

/**
 * How a zod schema shows in GraphQL when its own type does not say it: a scalar name ("ID",
 * "JSON", "DateTime"), an existing input or enum ref, or, on a `z.object`, the name of the input
 * type generated for it.
 */
export type GraphQLInputMeta = "ID" | "JSON" | "DateTime" | "String" | InputRef<unknown> | { inputName: string };

declare module "zod" {
  interface GlobalMeta {
    /** See GraphQLInputMeta. */
    graphql?: GraphQLInputMeta;
  }
}

/** A zod object whose GraphQL input type is generated from it: the input's fields are declared once. */
export interface ZodInput<S extends z.ZodObject> {
  name: string;
  schema: S;
  ref: InputObjectRef<BuilderTypes, z.input<S>>;
}

type AnyZod = z.core.$ZodType;
type FieldType = string | InputRef<unknown> | [string | InputRef<unknown>];

const generated = new Map<string, InputObjectRef<BuilderTypes, object>>();

/** `z.string().min(1)` shown as a GraphQL `ID`. */
export const zodId = () => z.string().min(1, "must not be empty").meta({ graphql: "ID" });
/** Free-form JSON (metadata, additional data). */
export const zodJson = () => z.record(z.string(), z.json());

/** The optional `metadata` field every writable record has; an update replaces the whole object. */
export const metadataInput = () =>
  zodJson().nullish().describe("Free-form key-value data; on update, it replaces the stored object (no merge).");

/**
 * Generates the GraphQL input type `name` from a zod object: each field's type, nullability and
 * description come from its zod schema, so the field is declared once and validated by the same
 * declaration (parseInput). Nested objects need `.meta({ graphql: { inputName } })`.
 */
export function zodInput<S extends z.ZodObject>(name: string, schema: S, description?: string): ZodInput<S> {
  return { name, schema, ref: inputObjectFor(name, schema, description) as InputObjectRef<BuilderTypes, z.input<S>> };
}

function inputObjectFor(name: string, schema: z.ZodObject, description?: string) {
  const existing = generated.get(name);
  if (existing) return existing;
  const ref = builder.inputRef<object>(name);
  generated.set(name, ref);
  ref.implement({
    description: description ?? descriptionOf(schema),
    fields: (t: InputFieldBuilder) =>
      Object.fromEntries(Object.entries(schema.shape).map(([field, value]) => [field, inputField(t, value, name)])),
  });
  return ref;
}

function inputField(t: InputFieldBuilder, schema: AnyZod, parent: string) {
  const { inner, required } = unwrap(schema);
  const type = fieldType(inner, parent);
  const description = descriptionOf(schema);
  return t.field({ type: type as never, required, ...(description ? { description } : {}) });
}

/** Strips optional/nullable/default/pipe wrappers; a field is required unless one of them makes it optional. */
function unwrap(schema: AnyZod): { inner: AnyZod; required: boolean } {
  let current = schema;
  let required = true;
  for (;;) {
    if (metaOf(current)?.graphql) return { inner: current, required };
    const def = current._zod.def;
    switch (def.type) {
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
        required = false;
        current = (def as unknown as { innerType: AnyZod }).innerType;
        break;
      case "readonly":
      case "catch":
      case "nonoptional":
        current = (def as unknown as { innerType: AnyZod }).innerType;
        break;
      case "pipe":
        current = (def as unknown as { in: AnyZod }).in;
        break;
      case "unknown":
      case "any":
        // They accept undefined, so GraphQL may leave them out.
        return { inner: current, required: false };
      default:
        return { inner: current, required };
    }
  }
}

function fieldType(schema: AnyZod, parent: string): FieldType {
  const meta = metaOf(schema)?.graphql;
  if (meta !== undefined) {
    if (typeof meta === "object" && "inputName" in meta) {
      return inputObjectFor(meta.inputName, schema as z.ZodObject) as InputRef<unknown>;
    }
    return meta;
  }
  const def = schema._zod.def;
  switch (def.type) {
    case "string":
      return "String";
    case "boolean":
      return "Boolean";
    case "number":
      return isInteger(schema) ? "Int" : "Float";
    case "date":
      return "DateTime";
    case "record":
    case "unknown":
    case "any":
      return "JSON";
    case "array": {
      const element = unwrap((def as unknown as { element: AnyZod }).element).inner;
      const type = fieldType(element, parent);
      if (Array.isArray(type)) throw new Error(`${parent}: nested lists are not supported in zod inputs`);
      return [type];
    }
    default:
      throw new Error(
        `${parent}: a zod ${def.type} needs .meta({ graphql }) to show in GraphQL (an enum ref, a scalar, or { inputName })`,
      );
  }
}

// z.int() carries its format on the schema, z.number().int() as a check; the bag is empty until
// a value is parsed, so it cannot tell.
type NumberDef = { format?: string; checks?: { _zod: { def: { format?: string } } }[] };
const integerFormats = new Set(["safeint", "int32", "uint32"]);
function isInteger(schema: AnyZod): boolean {
  const def = schema._zod.def as unknown as NumberDef;
  return (
    integerFormats.has(def.format ?? "") || (def.checks ?? []).some((c) => integerFormats.has(c._zod.def.format ?? ""))
  );
}

function metaOf(schema: AnyZod) {
  return z.globalRegistry.get(schema);
}

/** The first description found walking from the outer schema inwards (`.describe()` before or after `.nullish()`). */
function descriptionOf(schema: AnyZod): string | undefined {
  let current: AnyZod | undefined = schema;
  while (current) {
    const description = metaOf(current)?.description;
    if (description) return description;
    const def = current._zod.def as unknown as { innerType?: AnyZod; in?: AnyZod };
    current = def.innerType ?? def.in;
  }
  return undefined;
}
