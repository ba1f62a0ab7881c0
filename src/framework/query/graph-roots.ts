import {
  getNamedType,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
} from "graphql";
import type { GraphQLContext } from "../graphql/context.ts";
import { resolveModelConnection } from "../graphql/root-list.ts";
import { camelCase, snakeCase } from "../links/define-link.ts";
import { modelInfo, type FieldInfo } from "../modules/datamodel.ts";
import type { Filters } from "../modules/filters.ts";
import { lowerFirst, type ModelDef } from "../modules/model.ts";
import { connectionNode } from "./graph-fields.ts";

/** A model of a loaded module, as query.graph names it. */
export interface GraphModel {
  /** The container key of the module's service. */
  module: string;
  def: ModelDef;
}

/**
 * How query.graph reads an entity: a root connection in `schema` whose nodes are `node`. A root
 * of the public schema takes the GraphQL `filter`/`sort`/`search` arguments; a query.graph root
 * (for a model whose module declared no root list) takes the service's filters and order as is.
 */
export interface GraphRoot {
  schema: GraphQLSchema;
  field: Pick<GraphQLField<unknown, never>, "name" | "args">;
  node: GraphQLObjectType;
  serviceFilters: boolean;
}

/** The Prisma model a GraphQL type shows (plugin-prisma marks its types; `UserInvite` is `Invite`). */
const modelOf = (type: GraphQLNamedType) =>
  (type.extensions as { pothosPrismaModel?: string } | undefined)?.pothosPrismaModel;

/** The object type of a model in the schema: the one named as the model, else any marked with it. */
function typeOf(schema: GraphQLSchema, model: string): GraphQLObjectType | undefined {
  const marked = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && modelOf(type) === model,
  );
  return marked.find((type) => type.name === model) ?? marked[0];
}

/** A column's GraphQL type in a server-only type: Decimal, BigInt and enums read as strings. */
function columnType(schema: GraphQLSchema, field: FieldInfo): GraphQLOutputType {
  const named: Record<string, GraphQLOutputType | undefined> = {
    String: GraphQLString,
    Int: GraphQLInt,
    Float: GraphQLFloat,
    Boolean: GraphQLBoolean,
    DateTime: schema.getType("DateTime") as GraphQLOutputType | undefined,
    Json: schema.getType("JSON") as GraphQLOutputType | undefined,
  };
  const type = named[field.type] ?? GraphQLString;
  const item = field.isList ? new GraphQLList(new GraphQLNonNull(type)) : type;
  return field.isRequired ? new GraphQLNonNull(item) : item;
}

/**
 * The type of a model that only server code reads (`graphql: "query"`): its columns, outside the
 * client schema, so clients never see it while query.graph reads it as an admin would.
 */
function serverType(schema: GraphQLSchema, model: GraphModel): GraphQLObjectType {
  const info = modelInfo(model.def.name);
  return new GraphQLObjectType({
    name: model.def.name,
    fields: Object.fromEntries(
      info.scalars
        .filter((field) => field.name !== "deleted_at" && field.type !== "Bytes" && field.kind !== "unsupported")
        .map((field) => [
          camelCase(field.name),
          {
            type: field.isId ? new GraphQLNonNull(GraphQLID) : columnType(schema, field),
            resolve: (row: Record<string, unknown>) => {
              const value = row[field.name];
              const plain = ["Decimal", "BigInt"].includes(field.type) || field.kind === "enum";
              if (!plain || value === null || value === undefined) return value;
              return Array.isArray(value) ? value.map(String) : String(value);
            },
          },
        ]),
    ),
  });
}

/** Filters and order pass through as plain values (query.graph's own arguments, never a client's). */
const GraphValue = new GraphQLScalarType({ name: "QueryGraphValue" });

/**
 * Entity names: each model's snake_case name (`cart_line_item`), and its snake_case singular
 * (`line_item`) where no other model's name or singular is the same. Ambiguous singulars map to
 * the models they could mean, for the error message.
 */
export function entityNames(models: readonly GraphModel[]): {
  byName: Map<string, GraphModel>;
  ambiguous: Map<string, string[]>;
} {
  const byName = new Map<string, GraphModel>();
  for (const model of models) byName.set(snakeCase(model.def.name), model);
  const aliases = new Map<string, GraphModel[]>();
  for (const model of models) {
    const alias = snakeCase(model.def.singular);
    if (!byName.has(alias)) aliases.set(alias, [...(aliases.get(alias) ?? []), model]);
  }
  const ambiguous = new Map<string, string[]>();
  for (const [alias, candidates] of aliases) {
    const [only] = candidates;
    if (only && candidates.length === 1) byName.set(alias, only);
    else
      ambiguous.set(
        alias,
        candidates.map((c) => snakeCase(c.def.name)),
      );
  }
  return { byName, ambiguous };
}

/**
 * The root each model is read through: its module's root list in the public schema when there is
 * one (`carts` would be; `products` is), else a connection of a private schema that query.graph
 * alone executes, over the model's own GraphQL type (so its fields and link fields are the same),
 * read through the module service's `list<Plural>`. A model only server code reads (`graphql:
 * "query"`) gets a type of its columns there; models kept out (`graphql: false`) have no root.
 */
export function graphRoots(schema: GraphQLSchema, models: readonly GraphModel[]): Map<GraphModel, GraphRoot> {
  const roots = new Map<GraphModel, GraphRoot>();
  const query = schema.getQueryType()?.getFields() ?? {};
  const pageInfo = schema.getType("PageInfo");
  const privateFields: Record<string, { model: GraphModel; node: GraphQLObjectType }> = {};
  for (const model of models) {
    const node =
      typeOf(schema, model.def.name) ?? (model.def.graphql === "query" ? serverType(schema, model) : undefined);
    if (!node) continue;
    const field = query[lowerFirst(model.def.plural)];
    const listed =
      field && isObjectType(getNamedType(field.type))
        ? connectionNode(getNamedType(field.type) as GraphQLObjectType)
        : undefined;
    if (field && listed === node) roots.set(model, { schema, field, node, serviceFilters: false });
    else privateFields[lowerFirst(model.def.name)] = { model, node };
  }
  if (!Object.keys(privateFields).length || !isObjectType(pageInfo)) return roots;
  const root = new GraphQLObjectType<unknown, GraphQLContext>({
    name: "QueryGraphRoot",
    fields: Object.fromEntries(
      Object.entries(privateFields).map(([name, { model, node }]) => {
        const edge = new GraphQLObjectType({
          name: `QueryGraph${node.name}Edge`,
          fields: { cursor: { type: new GraphQLNonNull(GraphQLString) }, node: { type: new GraphQLNonNull(node) } },
        });
        const page = new GraphQLObjectType<{ totalCount: () => Promise<number> }>({
          name: `QueryGraph${node.name}Page`,
          fields: {
            totalCount: { type: new GraphQLNonNull(GraphQLInt), resolve: (source) => source.totalCount() },
            pageInfo: { type: new GraphQLNonNull(pageInfo) },
            edges: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(edge))) },
          },
        });
        return [
          name,
          {
            type: new GraphQLNonNull(page),
            args: {
              first: { type: GraphQLInt },
              after: { type: GraphQLString },
              filters: { type: GraphValue },
              order: { type: GraphValue },
            },
            resolve: (
              _root: unknown,
              args: { first?: number; after?: string; filters?: Filters; order?: Record<string, "ASC" | "DESC"> },
              ctx: GraphQLContext,
              info: Parameters<typeof resolveModelConnection>[1],
            ) =>
              resolveModelConnection(
                ctx,
                info,
                { first: args.first, after: args.after },
                { model: model.def, module: model.module, filters: args.filters ?? {}, order: args.order ?? {} },
              ),
          },
        ];
      }),
    ),
  });
  const privateSchema = new GraphQLSchema({
    query: root,
    types: Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith("__")),
    directives: schema.getDirectives(),
    extensions: schema.extensions,
  });
  const fields = root.getFields();
  for (const [name, { model, node }] of Object.entries(privateFields)) {
    const field = fields[name];
    if (field) roots.set(model, { schema: privateSchema, field, node, serviceFilters: true });
  }
  return roots;
}
