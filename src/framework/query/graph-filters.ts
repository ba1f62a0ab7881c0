import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from "graphql";
import { TesseraError } from "../errors/tessera-error.ts";
import { camelCase } from "../links/define-link.ts";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
const invalid = (message: string) => new TesseraError(TesseraError.Types.INVALID_DATA, message, { field: ["filters"] });

/** A value as GraphQL variables carry it: enum values by name, dates as ISO strings. */
function toInput(type: GraphQLInputType, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => toInput(type, v));
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues().find((v) => v.value === value)?.name ?? value;
  return value instanceof Date ? value.toISOString() : value;
}

/** `{ $eq: 1 }`, `[1, 2]` or `1` on an operator filter (`StringFilter`, `IDFilter`, …). */
function operators(input: GraphQLInputObjectType, value: unknown, path: string): Record<string, unknown> {
  const fields = input.getFields();
  const op = (name: string, v: unknown) => {
    const field = fields[name];
    if (!field) throw invalid(`Filter "${path}" has no operator ${name}`);
    return [name, toInput(field.type, v)] as const;
  };
  // GraphQL reads a null operator as "not given": NULL checks are `isNull`.
  const one = (name: string, v: unknown) =>
    v === null && (name === "eq" || name === "ne") ? op("isNull", name === "eq") : op(name, v);
  if (Array.isArray(value)) return Object.fromEntries([op("in", value)]);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => one(k.replace(/^\$/, ""), v)));
  return Object.fromEntries([one("eq", value)]);
}

/**
 * Medusa-style filters (`{ id: ["a", "b"], title: { $ilike: "%x%" }, brand: { name: "Acme" } }`)
 * as the GraphQL filter input of the entity's root list; unknown keys are named in the error.
 */
export function toGraphQLFilter(
  input: GraphQLInputObjectType,
  filters: Record<string, unknown>,
  path = "",
): Record<string, unknown> {
  const fields = input.getFields();
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    if (key === "$and" || key === "$or") {
      if (!Array.isArray(value)) throw invalid(`${key} takes a list of filters`);
      out[key.slice(1)] = value.map((f: Record<string, unknown>) => toGraphQLFilter(input, f, path));
      continue;
    }
    if (key === "$not") {
      if (!isObject(value)) throw invalid("$not takes a filter");
      out.not = toGraphQLFilter(input, value, path);
      continue;
    }
    const field = fields[camelCase(key)] ?? fields[key];
    const named = field ? getNamedType(field.type) : undefined;
    if (!field || !isInputObjectType(named))
      throw invalid(`Unknown filter "${path}${key}" (${input.name} has no such field)`);
    out[field.name] = named.getFields().eq
      ? operators(named, value, `${path}${key}`)
      : toGraphQLFilter(named, value as Record<string, unknown>, `${path}${key}.`);
  }
  return out;
}
