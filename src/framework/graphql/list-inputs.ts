import type { ArgBuilder, InputFieldMap, InputObjectRef } from "@pothos/core";
import type { Order } from "../links/linked-list.ts";
import type { Filters } from "../modules/filters.ts";
import type { ModelDef } from "../modules/model.ts";
import type { BuilderTypes } from "./builder.ts";
import { type FilterInput, type FilterInputSpec, type FilterShape, filterInput } from "./filter-input.ts";
import { sortInput } from "./sort.ts";

type SortShape = readonly { field: never; direction: "ASC" | "DESC" }[] | null | undefined;
/** A `sortInput`, whatever its columns. */
export interface SortInput {
  input: InputObjectRef<BuilderTypes, { field: string; direction: "ASC" | "DESC" }>;
  toOrder: (sort: SortShape) => Record<string, "ASC" | "DESC">;
}

export interface ListInputsSpec {
  /** The `filter` argument: a filter input, or what `filterInput` makes one of. Default: none. */
  filter?: FilterInput | FilterInputSpec;
  /** The `sort` argument: the columns it sorts by (`CREATED_AT` for `created_at`), or a shared `sortInput`. */
  sort?: readonly string[] | SortInput;
  /** The order when no sort is given; default: by id. */
  defaultOrder?: Order;
  /** A `search` argument (the service's `q`); default: when the model has searchable fields. */
  search?: boolean;
  /** The arguments' descriptions; default: rootList's, naming the model. */
  descriptions?: { filter?: string; search?: string; sort?: string };
}

/** The `filter`, `search` and `sort` of a model's lists, and how their values become filters and order. */
export interface ListInputs {
  model: ModelDef;
  filter?: FilterInput;
  sort?: SortInput;
  search: boolean;
  defaultOrder: Order;
  descriptions: { filter?: string; search?: string; sort?: string };
}

/** The arguments a list takes, as rootList reads them. */
export interface ListArgs {
  filter?: FilterShape | null;
  search?: string | null;
  sort?: SortShape;
}

/**
 * A model's list arguments from its model and a short spec: the filter input over the columns it
 * names, the sort enum over its columns (`<Model>SortField`), `search` when the model is
 * searchable. Give it to rootList as `list`; lists of the same model (a category's products)
 * share it.
 *
 * @example listInputs(Region, { filter: { columns: { id: true, name: true } }, sort: ["name", "created_at"] })
 */
export function listInputs(model: ModelDef, spec: ListInputsSpec): ListInputs {
  const filter = spec.filter && ("input" in spec.filter ? spec.filter : filterInput(model, spec.filter));
  const sort =
    spec.sort && "input" in spec.sort
      ? spec.sort
      : spec.sort && sortInput(model.name, Object.fromEntries(spec.sort.map((c) => [c.toUpperCase(), c])));
  return {
    model,
    ...(filter ? { filter } : {}),
    ...(sort ? { sort } : {}),
    search: spec.search ?? model.searchable.length > 0,
    defaultOrder: spec.defaultOrder ?? {},
    descriptions: spec.descriptions ?? {},
  };
}

/** The list's `filter`, `search` and `sort` arguments. */
export function listArgs(arg: ArgBuilder<BuilderTypes>, list: ListInputs): InputFieldMap {
  const { filter, sort, descriptions } = list;
  const described = (description: string | undefined) => (description ? { description } : {});
  return {
    ...(filter ? { filter: arg({ type: filter.input, ...described(descriptions.filter) }) } : {}),
    ...(list.search ? { search: arg.string(described(descriptions.search)) } : {}),
    ...(sort ? { sort: arg({ type: [sort.input], ...described(descriptions.sort) }) } : {}),
  };
}

/** The service filters of a list's arguments: its filter and its search (`q`). */
export const listFilters = (list: ListInputs, args: ListArgs): Filters => ({
  ...list.filter?.translate(args.filter),
  q: args.search ?? undefined,
});

/** The order of a list's arguments: its sort, else its default order. */
export const listOrder = (list: ListInputs, args: ListArgs): Order =>
  list.sort && args.sort?.length ? list.sort.toOrder(args.sort) : list.defaultOrder;
