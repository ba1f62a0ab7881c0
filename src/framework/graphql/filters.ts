import type { EnumRef, InputFieldRef, InputObjectRef } from "@pothos/core";
import { TesseraError } from "../errors/tessera-error.ts";
import type { Filters, OperatorMap } from "../modules/filters.ts";
import { isDecimalString } from "../money/decimal.ts";
import { builder, type BuilderTypes, type InputFieldBuilder } from "./builder.ts";

/** Operators of the filter inputs that map onto the service filter `$op` as they are (isNull does not). */
const operatorKeys = ["eq", "ne", "in", "nin", "lt", "lte", "gt", "gte", "like", "ilike"] as const;
type OperatorInput = Partial<Record<(typeof operatorKeys)[number] | "isNull", unknown>>;

/** Every operator a filter input can offer, in the order inputs list them: what it means, what it takes. */
const operators = {
  eq: { description: "Equal to." },
  ne: { description: "Not equal to (records without the value match too)." },
  in: { description: "One of.", takes: "list" },
  nin: { description: "None of (records without the value match too).", takes: "list" },
  lt: { description: "Less than." },
  lte: { description: "Less than or equal to." },
  gt: { description: "Greater than." },
  gte: { description: "Greater than or equal to." },
  like: { description: "SQL LIKE: % matches any run of characters, _ one character (escape them with \\)" },
  ilike: { description: "Case-insensitive LIKE" },
  isNull: { description: "true: only records without a value; false: only records with one.", takes: "flag" },
} as const satisfies Record<string, { description: string; takes?: "list" | "flag" }>;
type Operator = keyof typeof operators;
type Scalar = "String" | "ID" | "Int" | "Boolean" | "DateTime";
/** What an operator input over `T` gives a resolver for the operators `O`. */
type OperatorShape<T, O extends Operator> = {
  [K in O]?: ((typeof operators)[K] extends { takes: "list" } ? T[] : K extends "isNull" ? boolean : T) | null;
};

/** An operator input (`IntFilter { eq ne in … }`) over a scalar: each operator from the table above. */
function operatorFilter<S extends Scalar, const O extends readonly Operator[]>(
  name: string,
  scalar: S,
  offered: O,
  description?: string,
): InputObjectRef<BuilderTypes, OperatorShape<BuilderTypes["Scalars"][S]["Input"], O[number]>> {
  return builder.inputType(name, {
    ...(description ? { description } : {}),
    fields: (t) =>
      Object.fromEntries(
        offered.map((op) => {
          const { description, takes } = operators[op] as { description: string; takes?: "list" | "flag" };
          return [
            op,
            t.field({ type: takes === "flag" ? "Boolean" : takes === "list" ? [scalar] : scalar, description }),
          ];
        }),
      ),
  }) as never;
}

const comparisons = ["eq", "ne", "in", "nin", "lt", "lte", "gt", "gte"] as const;
export const StringFilter = operatorFilter("StringFilter", "String", [...comparisons, "like", "ilike", "isNull"]);
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

export const IDFilter = operatorFilter("IDFilter", "ID", ["eq", "ne", "in", "nin", "isNull"]);
export const IntFilter = operatorFilter("IntFilter", "Int", [...comparisons, "isNull"]);
export const DecimalFilter = operatorFilter(
  "DecimalFilter",
  "String",
  [...comparisons, "isNull"],
  'Compares a decimal column with decimal strings ("19.99"): exact, never through a float.',
);
export const BooleanFilter = operatorFilter("BooleanFilter", "Boolean", ["eq", "ne", "isNull"]);
export const DateTimeFilter = operatorFilter("DateTimeFilter", "DateTime", [
  "eq",
  "ne",
  "lt",
  "lte",
  "gt",
  "gte",
  "isNull",
]);

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

type EnumOperator = "eq" | "ne" | "in" | "nin";
const enumOperatorDescriptions: Record<EnumOperator, string> = {
  eq: "Only records with this value.",
  ne: "Only records with another value.",
  in: "Only records with one of these values.",
  nin: "Only records with none of these values.",
};

/**
 * An operator input over an enum column (`ProductStatusFilter { eq ne in nin }`), each operator
 * described; `operators` picks which it offers (default all four).
 */
export function enumFilter<E extends EnumRef<BuilderTypes, string, string>>(
  name: string,
  values: E,
  operators: readonly EnumOperator[] = ["eq", "ne", "in", "nin"],
): InputObjectRef<BuilderTypes, EnumFilterShape<E["$inferInput"]>> {
  const ref = builder.inputType(name, {
    fields: (t) =>
      Object.fromEntries(
        operators.map((op) => [
          op,
          t.field({
            type: op === "in" || op === "nin" ? [values] : values,
            description: enumOperatorDescriptions[op],
          }),
        ]),
      ) as Record<EnumOperator, InputFieldRef<BuilderTypes, unknown>>,
  });
  enumFilters.add(ref);
  return ref as never;
}
/** What an `enumFilter` input gives a resolver. */
export type EnumFilterShape<V> = { eq?: V | null; ne?: V | null; in?: V[] | null; nin?: V[] | null };
const enumFilters = new Set<object>();

/** A name in words: "typeId" and "type_id" read "type id", "ProductCategories" "product categories". */
export const words = (name: string) =>
  name
    .replace(/_/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();

/**
 * The description of a filter input's field on a column, from the operators its type offers:
 * what a client can ask of that column of the `records` (plural: "products").
 */
export function describeColumnFilter(type: object, records: string, column: string): string {
  const name = words(column);
  if (type === IDFilter)
    return `Matches ${records} whose ${name} is (eq, in) or is not (ne, nin) one of the given ids; isNull: whether it is set.`;
  if (type === BooleanFilter) return `Matches ${records} whose ${name} flag equals eq (or differs from ne).`;
  if (type === DateTimeFilter)
    return `Matches ${records} whose ${name} (an ISO 8601 date-time) lies in the range given: gte/lt for a window.`;
  if (type === StringFilter)
    return `Matches ${records} whose ${name} satisfies every operator given (case-sensitive except ilike).`;
  if (type === DecimalFilter)
    return `Matches ${records} whose ${name} (a decimal string) satisfies every comparison given.`;
  if (enumFilters.has(type))
    return `Matches ${records} whose ${name} is (eq, in) or is not (ne, nin) one of the given values.`;
  return `Matches ${records} whose ${name} satisfies every comparison given.`;
}

/**
 * A filter input's fields on the record's own columns, each described by `describeColumnFilter`
 * unless `descriptions` says more; combine with `combinators` and link fields.
 *
 * @example fields: (t) => ({ ...columnFilters(t, "regions", { id: IDFilter, name: StringFilter }), ...combinators(t, RegionFilter) })
 */
export function columnFilters<const F extends Record<string, InputObjectRef<BuilderTypes, object>>>(
  t: InputFieldBuilder,
  records: string,
  columns: F,
  descriptions: Partial<Record<keyof F, string>> = {},
): { [K in keyof F]: InputFieldRef<BuilderTypes, F[K]["$inferInput"] | null | undefined> } {
  return Object.fromEntries(
    Object.entries(columns).map(([key, type]) => [
      key,
      t.field({ type, description: descriptions[key] ?? describeColumnFilter(type, records, key) }),
    ]),
  ) as never;
}

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
