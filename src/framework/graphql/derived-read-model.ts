import type { InputObjectRef, ObjectRef } from "@pothos/core";
import * as prismaEnums from "../../generated/prisma/enums.ts";
import { camelCase } from "../links/define-link.ts";
import { hasGraphQLType } from "../links/graphql-refs.ts";
import {
  linkFilterFields,
  linkFilterRelations,
  linkSortColumns,
  registerModelFilter,
} from "../links/graphql-filters.ts";
import { modelInfo, type FieldInfo } from "../modules/datamodel.ts";
import type { Filters } from "../modules/filters.ts";
import { lowerFirst, type ModelDef, type ModelName } from "../modules/model.ts";
import { access } from "./auth-scopes.ts";
import { builder, type BuilderTypes, type InputFieldBuilder } from "./builder.ts";
import { rootList } from "./root-list.ts";
import {
  BooleanFilter,
  combinators,
  DateTimeFilter,
  DecimalFilter,
  IDFilter,
  IntFilter,
  StringFilter,
  toServiceFilters,
} from "./filters.ts";
import { sortInput } from "./sort.ts";

/** A model of a loaded module, with the container key of the service that lists it. */
export interface ReadableModel {
  module: string;
  def: ModelDef;
}

type Row = Record<string, unknown>;
type FilterShape = Record<string, unknown> & {
  and?: FilterShape[] | null;
  or?: FilterShape[] | null;
  not?: FilterShape | null;
};
type FilterRef = InputObjectRef<BuilderTypes, FilterShape>;

// The model is known only at run time here, so the Prisma plugin's per-model typing cannot apply:
// these are the calls this file makes, typed by what they take and give.
interface DynamicFields {
  expose(name: string, options: object): unknown;
  field(options: object): unknown;
  relation(name: string, options?: object): unknown;
}
const dynamicBuilder = builder as unknown as {
  prismaNode(
    model: string,
    options: {
      authScopes: object;
      description: string;
      id: { field: string };
      findUnique: (id: string) => Row;
      fields: (t: DynamicFields) => Record<string, unknown>;
    },
  ): ObjectRef<BuilderTypes, Row>;
};

const scalarTypes: Record<string, string> = {
  String: "String",
  Int: "Int",
  Boolean: "Boolean",
  Float: "Float",
  DateTime: "DateTime",
  Json: "JSON",
};
const enumValues = prismaEnums as unknown as Record<string, Record<string, string>>;

/** The GraphQL enum of a Prisma enum (`DRAFT` for "draft"), made once; null when the name is taken by another type. */
function enumType(name: string): string | null {
  if (builder.configStore.hasConfig(name)) return builder.configStore.getTypeConfig(name).kind === "Enum" ? name : null;
  const values = Object.values(enumValues[name] ?? {});
  if (!values.length || !values.every((v) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(v))) return null;
  builder.enumType(name, { values: Object.fromEntries(values.map((v) => [v.toUpperCase(), { value: v }])) });
  return name;
}

/** Admins read a derived model; storefronts too when the model says `graphql: { access: "store" }`. */
const accessOf = (def: ModelDef) =>
  typeof def.graphql === "object" && def.graphql.access === "store" ? access.store : access.admin;

const hidden = (field: FieldInfo) =>
  field.name === "deleted_at" || field.type === "Bytes" || field.kind === "unsupported";

/** A scalar column as a field of the model's type: its value, or a decimal string for Decimal and BigInt. */
function scalarField(t: DynamicFields, field: FieldInfo): unknown {
  const nullable = !field.isRequired;
  const enumName = field.kind === "enum" ? enumType(field.type) : null;
  const type = enumName ?? scalarTypes[field.type];
  if (type && !(field.kind === "enum" && !enumName))
    return t.expose(field.name, { type: field.isList ? [type] : type, nullable });
  // Decimal, BigInt and enums without a GraphQL enum read as strings (money is never a float).
  return t.field({
    type: field.isList ? ["String"] : "String",
    nullable,
    resolve: (row: Row) => {
      const value = row[field.name];
      if (value === null || value === undefined) return null;
      return Array.isArray(value) ? value.map(String) : String(value);
    },
  });
}

/** The operator input a column filters with, or none (lists and JSON do not filter here). */
function filterFor(field: FieldInfo): InputObjectRef<BuilderTypes, object> | null {
  if (field.isList || hidden(field)) return null;
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

function declareType(model: ReadableModel, derived: ReadonlySet<string>): ObjectRef<BuilderTypes, Row> {
  const info = modelInfo(model.def.name);
  const live = info.fields.has("deleted_at");
  return dynamicBuilder.prismaNode(model.def.name, {
    authScopes: accessOf(model.def),
    description: `A ${model.def.singular} of the ${model.module} module (derived from its model).`,
    id: { field: info.idField },
    findUnique: (id) => (live ? { [info.idField]: id, deleted_at: null } : { [info.idField]: id }),
    fields: (t) => {
      const fields: Record<string, unknown> = {};
      for (const field of info.scalars)
        if (!field.isId && !hidden(field)) fields[camelCase(field.name)] = scalarField(t, field);
      for (const relation of info.relations) {
        if (!derived.has(relation.type) && !hasGraphQLType(relation.type)) continue;
        const targetLive = modelInfo(relation.type as ModelName).fields.has("deleted_at");
        fields[camelCase(relation.name)] = relation.isList
          ? t.relation(relation.name, {
              query: {
                ...(targetLive ? { where: { deleted_at: null } } : {}),
                orderBy: { [modelInfo(relation.type as ModelName).idField]: "asc" },
              },
            })
          : t.relation(relation.name, { nullable: !relation.isRequired });
      }
      return fields;
    },
  });
}

function declareFilter(model: ReadableModel): {
  input: FilterRef;
  translate: (input: FilterShape | null | undefined) => Filters;
} {
  const info = modelInfo(model.def.name);
  const columns: Record<string, string> = {};
  const input: FilterRef = builder.inputRef<FilterShape>(`${model.def.name}Filter`).implement({
    description: `Filters on a ${model.def.singular}'s columns and, through links, on linked records.`,
    fields: (t: InputFieldBuilder) => {
      const fields: Record<string, unknown> = {};
      for (const field of info.scalars) {
        const type = filterFor(field);
        if (!type) continue;
        // The model's own column comment (`///` in models.prisma) describes it when there is one.
        const description =
          (field as { documentation?: string }).documentation ?? `Compares the ${model.def.singular}'s ${field.name}.`;
        fields[camelCase(field.name)] = t.field({ type, description });
        columns[camelCase(field.name)] = field.name;
      }
      return { ...fields, ...combinators(t, input), ...linkFilterFields(model.def.name, t) } as never;
    },
  });
  const translate = (value: FilterShape | null | undefined) =>
    toServiceFilters(value, { columns, relations: linkFilterRelations(model.def.name) });
  registerModelFilter(model.def.name, input, translate as (input: never) => Filters);
  return { input, translate };
}

function declareRootList(model: ReadableModel, ref: ObjectRef<BuilderTypes, Row>): void {
  const { def } = model;
  const info = modelInfo(def.name);
  const filter = declareFilter(model);
  const sortable = info.scalars.filter((f) => !f.isList && !hidden(f) && f.type !== "Json");
  const sort = sortInput(def.name, {
    ...Object.fromEntries(sortable.map((f) => [f.name.toUpperCase(), f.name])),
    ...linkSortColumns(def.name),
  });
  builder.queryFields((t) => ({
    [lowerFirst(def.plural)]: rootList(t, {
      type: ref,
      model: def,
      module: model.module,
      authScopes: accessOf(def),
      description: `${def.plural} of the ${model.module} module: filtered (also through links), sorted${def.searchable.length ? `, searched (${def.searchable.join(", ")})` : ""}.`,
      args: {
        filter: t.arg({ type: filter.input, description: "Only records matching." }),
        sort: t.arg({ type: [sort.input], description: "Order of the records; ties by id." }),
        ...(def.searchable.length
          ? {
              search: t.arg.string({
                description: `Matches ${def.searchable.join(", ")} (case-insensitive substring).`,
              }),
            }
          : {}),
      },
      filters: (args) => ({
        ...filter.translate(args.filter),
        q: (args as { search?: string | null }).search ?? undefined,
      }),
      order: (args) => sort.toOrder(args.sort),
    }),
  }));
}

/**
 * Makes every model of the loaded modules readable without writing GraphQL: a model with no
 * hand-declared type gets its Node type (columns and relations inside the module), a root
 * connection (`filter`, `sort`, `search`, `totalCount`), a filter that links extend, and with
 * that its query.graph entity and link fields. Admin only unless the model says
 * `graphql: { access: "store" }`; `graphql: false` keeps it out (secrets, infrastructure), and
 * `graphql: "query"` out of the client schema (query.graph reads it, see query/graph-roots.ts).
 */
export function deriveReadModels(models: readonly ReadableModel[]): void {
  const pending = models.filter(
    (m) =>
      m.def.graphql !== false &&
      m.def.graphql !== "query" &&
      !hasGraphQLType(m.def.name) &&
      !builder.configStore.hasConfig(m.def.name),
  );
  const derived = new Set(pending.map((m) => m.def.name as string));
  const refs = pending.map((m) => [m, declareType(m, derived)] as const);
  for (const [model, ref] of refs) declareRootList(model, ref);
}
