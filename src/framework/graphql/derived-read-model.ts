import type { ObjectRef } from "@pothos/core";
import * as prismaEnums from "../../generated/prisma/enums.ts";
import { camelCase } from "../links/define-link.ts";
import { hasGraphQLType } from "../links/graphql-refs.ts";
import { linkSortColumns } from "../links/graphql-filters.ts";
import { modelInfo, type FieldInfo } from "../modules/datamodel.ts";
import { lowerFirst, type ModelDef, type ModelName } from "../modules/model.ts";
import { access } from "./auth-scopes.ts";
import { builder, type BuilderTypes } from "./builder.ts";
import { columnFilterType, type FilterColumn, type FilterInputSpec } from "./filter-input.ts";
import { listInputs } from "./list-inputs.ts";
import { rootList } from "./root-list.ts";
import { sortInput } from "./sort.ts";

/** A model of a loaded module, with the container key of the service that lists it. */
export interface ReadableModel {
  module: string;
  def: ModelDef;
}

type Row = Record<string, unknown>;

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

/** The filter input of a derived model: every column that filters, described by its `///` comment. */
function filterSpec(def: ModelDef): FilterInputSpec {
  const columns: Record<string, FilterColumn> = {};
  for (const field of modelInfo(def.name).scalars) {
    const type = hidden(field) ? null : columnFilterType(field);
    const documentation = (field as { documentation?: string }).documentation;
    if (type)
      columns[field.name] = { type, description: documentation ?? `Compares the ${def.singular}'s ${field.name}.` };
  }
  return {
    description: `Filters on a ${def.singular}'s columns and, through links, on linked records.`,
    columns,
    links: true,
  };
}

function declareRootList(model: ReadableModel, ref: ObjectRef<BuilderTypes, Row>): void {
  const { def } = model;
  const sortable = modelInfo(def.name).scalars.filter((f) => !f.isList && !hidden(f) && f.type !== "Json");
  const list = listInputs(def, {
    filter: filterSpec(def),
    sort: sortInput(def.name, {
      ...Object.fromEntries(sortable.map((f) => [f.name.toUpperCase(), f.name])),
      ...linkSortColumns(def.name),
    }),
    descriptions: {
      filter: "Only records matching.",
      sort: "Order of the records; ties by id.",
      search: `Matches ${def.searchable.join(", ")} (case-insensitive substring).`,
    },
  });
  builder.queryFields((t) => ({
    [lowerFirst(def.plural)]: rootList(t, {
      type: ref,
      list,
      module: model.module,
      authScopes: accessOf(def),
      description: `${def.plural} of the ${model.module} module: filtered (also through links), sorted${def.searchable.length ? `, searched (${def.searchable.join(", ")})` : ""}.`,
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
