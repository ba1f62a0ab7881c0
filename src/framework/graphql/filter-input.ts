import type { InputObjectRef } from "@pothos/core";
import { camelCase } from "../links/define-link.ts";
import { linkFilterFields, linkFilterRelations, registerModelFilter } from "../links/graphql-filters.ts";
import { type FieldInfo, modelInfo } from "../modules/datamodel.ts";
import type { Filters } from "../modules/filters.ts";
import type { ModelDef } from "../modules/model.ts";
import { builder, type BuilderTypes, type InputFieldBuilder } from "./builder.ts";
import {
  BooleanFilter,
  combinators,
  DateTimeFilter,
  DecimalFilter,
  describeColumnFilter,
  IDFilter,
  IntFilter,
  StringFilter,
  toServiceFilters,
  words,
} from "./filters.ts";

/** A filter input as resolvers receive it: operator inputs by field, and `and` / `or` / `not`. */
export type FilterShape = Record<string, unknown> & {
  and?: FilterShape[] | null;
  or?: FilterShape[] | null;
  not?: FilterShape | null;
};
type OperatorInput = InputObjectRef<BuilderTypes, object>;

/** A filter input and how its value becomes service filters. */
export interface FilterInput {
  input: InputObjectRef<BuilderTypes, FilterShape>;
  translate: (input: FilterShape | null | undefined) => Filters;
}

/**
 * A column of a filter input, by its model column (`currency_code`, a field `currencyCode`):
 * `true` for the operator input of the column's type with the usual description, a description
 * of its own, or the operator input (an enum's) it filters with.
 */
export type FilterColumn = true | string | { type: OperatorInput; description?: string };

/**
 * A field that filters something other than an own column: a relation or a computed column,
 * keyed by `column` in the service filters and translated by `translate`; without them, a field
 * the module's own translation reads.
 */
export interface FilterRelation {
  type: OperatorInput | "String";
  description: string;
  column?: string;
  translate?: (input: never) => Filters;
}

export interface FilterInputSpec {
  /** Default: `<Model>Filter`. */
  name?: string;
  description?: string;
  /** The records in the columns' descriptions ("regions"); default: the model's plural in words. */
  records?: string;
  columns: Record<string, FilterColumn>;
  relations?: Record<string, FilterRelation>;
  /** Adds the fields links give the model, and registers the input so that links filter by it. */
  links?: boolean;
}

/** The operator input a column filters with by its type, or none (lists and JSON do not filter). */
export function columnFilterType(field: FieldInfo): OperatorInput | null {
  if (field.isList) return null;
  if (field.kind === "enum") return StringFilter;
  if (field.isId || field.name.endsWith("_id")) return IDFilter;
  switch (field.type) {
    case "String":
      return StringFilter;
    case "Int":
      return IntFilter;
    case "Boolean":
      return BooleanFilter;
    case "DateTime":
      return DateTimeFilter;
    case "Float":
    case "Decimal":
    case "BigInt":
      return DecimalFilter;
    default:
      return null;
  }
}

/**
 * Declares `<Model>Filter` over the model's columns the spec names: each column's operator input
 * comes from its type in the model, its GraphQL field is its camelCase name, and its service
 * filter its column, so a module lists only which columns filter (and what to say of them).
 *
 * @example filterInput(Region, { columns: { id: true, name: true, currency_code: "Matches regions by currency…" } })
 */
export function filterInput(model: ModelDef, spec: FilterInputSpec): FilterInput {
  const info = modelInfo(model.name);
  const records = spec.records ?? words(model.plural);
  const columns: Record<string, string> = {};
  const types: Record<string, { type: OperatorInput; description: string }> = {};
  for (const [column, given] of Object.entries(spec.columns)) {
    const field = info.fields.get(column);
    const type = typeof given === "object" ? given.type : field && columnFilterType(field);
    if (!type) throw new Error(`${model.name}Filter: ${column} is not a column ${model.name} filters by`);
    const name = camelCase(column);
    const description = typeof given === "string" ? given : typeof given === "object" ? given.description : undefined;
    types[name] = { type, description: description ?? describeColumnFilter(type, records, name) };
    columns[name] = column;
  }
  const relations = spec.relations ?? {};
  const input = builder.inputRef<FilterShape>(spec.name ?? `${model.name}Filter`).implement({
    ...(spec.description ? { description: spec.description } : {}),
    fields: (t: InputFieldBuilder) => ({
      ...Object.fromEntries(Object.entries(types).map(([name, field]) => [name, t.field(field)])),
      ...Object.fromEntries(
        Object.entries(relations).map(([name, { type, description }]) => [name, t.field({ type, description })]),
      ),
      ...combinators(t, input),
      ...(spec.links ? linkFilterFields(model.name, t) : {}),
    }),
  });
  const translate = (value: FilterShape | null | undefined) =>
    toServiceFilters(value, {
      columns,
      relations: {
        ...Object.fromEntries(
          Object.entries(relations).flatMap(([name, { column, translate }]) =>
            column && translate ? [[name, [column, translate]]] : [],
          ),
        ),
        ...(spec.links ? linkFilterRelations(model.name) : {}),
      },
    });
  if (spec.links) registerModelFilter(model.name, input, translate as (input: never) => Filters);
  return { input, translate };
}
