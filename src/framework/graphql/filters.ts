import type { InputObjectRef } from "@pothos/core";
import { TesseraError } from "../errors/tessera-error.ts";
import type { Filters, OperatorMap } from "../modules/filters.ts";
import { isDecimalString } from "../money/decimal.ts";
import { builder, type BuilderTypes, type InputFieldBuilder } from "./builder.ts";

/** Operators shared by every filter input; each maps onto the service filter `$op`. */
const operatorKeys = ["eq", "ne", "in", "nin", "lt", "lte", "gt", "gte", "like", "ilike"] as const;
type OperatorInput = Partial<Record<(typeof operatorKeys)[number] | "isNull", unknown>>;

const isNullDescription = "true: only records without a value; false: only records with one.";

export const StringFilter = builder.inputType("StringFilter", {
  fields: (t) => ({
    eq: t.string({ description: "Equal to." }),
    ne: t.string({ description: "Not equal to (records without the value match too)." }),
    in: t.stringList({ description: "One of." }),
    nin: t.stringList({ description: "None of (records without the value match too)." }),
    lt: t.string({ description: "Less than." }),
    lte: t.string({ description: "Less than or equal to." }),
    gt: t.string({ description: "Greater than." }),
    gte: t.string({ description: "Greater than or equal to." }),
    like: t.string({ description: "SQL LIKE: % matches any run of characters, _ one character (escape them with \\)" }),
    ilike: t.string({ description: "Case-insensitive LIKE" }),
    isNull: t.boolean({ description: isNullDescription }),
  }),
});
/** A DecimalFilter's input. */
export type DecimalFilterShape = Partial<Record<(typeof operatorKeys)[number], string | string[] | null>> & {
  isNull?: boolean | null;
};
/** A DecimalFilter as service operators; a bound that is not a decimal string is INVALID_DATA. */
export function decimalOperators(input: DecimalFilterShape, field: string): Filters {
  for (const [op, value] of Object.entries(input))
    if (op !== "isNull" && value != null && ![value].flat().every((v) => typeof v === "string" && isDecimalString(v)))
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `${field}.${op} must be a decimal string`, {
        field: [field, op],
      });
  return (toOperatorMap(input as OperatorInput, field) ?? {}) as Filters;
}

export const IDFilter = builder.inputType("IDFilter", {
  fields: (t) => ({
    eq: t.id({ description: "Equal to." }),
    ne: t.id({ description: "Not equal to (records without the value match too)." }),
    in: t.idList({ description: "One of." }),
    nin: t.idList({ description: "None of (records without the value match too)." }),
    isNull: t.boolean({ description: isNullDescription }),
  }),
});
export const IntFilter = builder.inputType("IntFilter", {
  fields: (t) => ({
    eq: t.int({ description: "Equal to." }),
    ne: t.int({ description: "Not equal to (records without the value match too)." }),
    in: t.intList({ description: "One of." }),
    nin: t.intList({ description: "None of (records without the value match too)." }),
    lt: t.int({ description: "Less than." }),
    lte: t.int({ description: "Less than or equal to." }),
    gt: t.int({ description: "Greater than." }),
    gte: t.int({ description: "Greater than or equal to." }),
    isNull: t.boolean({ description: isNullDescription }),
  }),
});
export const DecimalFilter = builder.inputType("DecimalFilter", {
  description: 'Compares a decimal column with decimal strings ("19.99"): exact, never through a float.',
  fields: (t) => ({
    eq: t.string({ description: "Equal to." }),
    ne: t.string({ description: "Not equal to (records without the value match too)." }),
    in: t.stringList({ description: "One of." }),
    nin: t.stringList({ description: "None of (records without the value match too)." }),
    lt: t.string({ description: "Less than." }),
    lte: t.string({ description: "Less than or equal to." }),
    gt: t.string({ description: "Greater than." }),
    gte: t.string({ description: "Greater than or equal to." }),
    isNull: t.boolean({ description: isNullDescription }),
  }),
});
export const BooleanFilter = builder.inputType("BooleanFilter", {
  fields: (t) => ({
    eq: t.boolean({ description: "Equal to." }),
    ne: t.boolean({ description: "Not equal to (records without the value match too)." }),
    isNull: t.boolean({ description: isNullDescription }),
  }),
});
export const DateTimeFilter = builder.inputType("DateTimeFilter", {
  fields: (t) => ({
    eq: t.field({ type: "DateTime", description: "Equal to." }),
    ne: t.field({ type: "DateTime", description: "Not equal to (records without the value match too)." }),
    lt: t.field({ type: "DateTime", description: "Less than." }),
    lte: t.field({ type: "DateTime", description: "Less than or equal to." }),
    gt: t.field({ type: "DateTime", description: "Greater than." }),
    gte: t.field({ type: "DateTime", description: "Greater than or equal to." }),
    isNull: t.boolean({ description: isNullDescription }),
  }),
});

/** `and`, `or` and `not` of a filter input, each nesting the input itself. */
export function combinators<R extends InputObjectRef<BuilderTypes, object>>(t: InputFieldBuilder, self: R) {
  return {
    and: t.field({ type: [self], description: "Every filter of the list matches." }),
    or: t.field({ type: [self], description: "At least one filter of the list matches." }),
    not: t.field({
      type: self,
      description: "The filter does not match (nor could decide, for a record without the value).",
    }),
  };
}

export const SortDirection = builder.enumType("SortDirection", { values: ["ASC", "DESC"] as const });

/**
 * `{ eq: "x", in: [...] }` → `{ $eq: "x", $in: [...] }`; null operators are ignored (GraphQL's
 * "not given"); `isNull: true` is `$eq: null`, `isNull: false` `$ne: null`.
 */
export function toOperatorMap(
  input: OperatorInput | null | undefined,
  field = "filter",
): OperatorMap<unknown> | undefined {
  if (!input) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of operatorKeys) {
    const value = input[key];
    if (value !== undefined && value !== null) out[`$${key}`] = value;
  }
  if (typeof input.isNull === "boolean") {
    if ("$eq" in out || "$ne" in out)
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `${field}: isNull cannot be combined with eq or ne`, {
        field: [field],
      });
    out[input.isNull ? "$eq" : "$ne"] = null;
  }
  return Object.keys(out).length ? (out as OperatorMap<unknown>) : undefined;
}

/**
 * Builds service filters from a GraphQL filter input: `columns` maps each GraphQL field to its
 * column, `relations` maps a nested filter to the relation and its own translator;
 * `and` / `or` recurse.
 */
export function toServiceFilters<I extends { and?: I[] | null; or?: I[] | null; not?: I | null }>(
  input: I | null | undefined,
  spec: {
    columns: Partial<Record<keyof I & string, string>>;
    relations?: Partial<Record<keyof I & string, [string, (nested: never) => Filters]>>;
  },
): Filters {
  if (!input) return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) continue;
    if (key === "and" || key === "or") {
      out[key === "and" ? "$and" : "$or"] = (value as I[]).map((nested) => toServiceFilters(nested, spec));
      continue;
    }
    if (key === "not") {
      out.$not = toServiceFilters(value as I, spec);
      continue;
    }
    const column = spec.columns[key as keyof I & string];
    if (column) {
      const ops = toOperatorMap(value as OperatorInput, key);
      if (ops) out[column] = ops;
      continue;
    }
    const relation = spec.relations?.[key as keyof I & string];
    if (relation) out[relation[0]] = relation[1](value as never);
  }
  return out as Filters;
}

/** The shape of an operator filter input (`StringFilter`, `IDFilter`, …) as resolvers receive it. */
export type FilterOps<T = string> = {
  eq?: T | null;
  ne?: T | null;
  in?: T[] | null;
  nin?: T[] | null;
  lt?: T | null;
  lte?: T | null;
  gt?: T | null;
  gte?: T | null;
  like?: string | null;
  ilike?: string | null;
  isNull?: boolean | null;
} | null;
