import {
  execute,
  getNamedType,
  isEnumType,
  isInputObjectType,
  parse,
  type GraphQLArgument,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import type { TesseraContainer } from "../container/container.ts";
import { TesseraError } from "../errors/tessera-error.ts";
import type { GraphQLContext } from "../graphql/context.ts";
import { pageSize } from "../graphql/connection.ts";
import { camelCase } from "../links/define-link.ts";
import { allLinks } from "../links/registry.ts";
import type { LoadedModule } from "../modules/load-modules.ts";
import type { Linkable } from "../modules/module.ts";
import { modelInfo } from "../modules/datamodel.ts";
import type { ModelName } from "../modules/model.ts";
import { connectionNode, fieldTree, selection, toPlain } from "./graph-fields.ts";
import { entityNames, graphRoots, type GraphModel, type GraphRoot } from "./graph-roots.ts";
import { toGraphQLFilter } from "./graph-filters.ts";

/** What `query.graph` takes, in Medusa's shape. */
export interface GraphQuery {
  /** `product`, `brand`, `product_variant`, or a link's `entryPoint`. */
  entity: string;
  /** Field paths: `id`, `title`, `brand.*`, `variants.sku`. Default `["*"]`. */
  fields?: string[];
  filters?: Record<string, unknown>;
  pagination?: { skip?: number; take?: number; order?: Record<string, "ASC" | "DESC" | "asc" | "desc"> };
  /**
   * Handed to resolvers as `ctx.queryContext`; a field reads the `QueryContext(...)` at its own path
   * (`{ variants: { calculated_price: QueryContext({ region_id, currency_code }) } }`, see `queryContextFor`).
   */
  context?: Record<string, unknown>;
  /** Root records include soft-deleted ones. */
  withDeleted?: boolean;
}

/** Variables of a root's arguments and their declarations (`["filter", "ProductFilter"]`). */
interface Arguments {
  variables: Record<string, unknown>;
  declared: [string, string][];
}

export interface GraphResult {
  data: Record<string, unknown>[];
  metadata: { count: number; skip: number; take: number | undefined };
}

/**
 * Query: reads across modules and links on the server, answered by the GraphQL schema itself.
 * Each call becomes a GraphQL document over the entity's root connection, executed with an
 * internal context, so it costs what the same GraphQL query costs and sees the same resolvers.
 * @example const { data } = await query.graph({ entity: "product", fields: ["id", "title", "brand.*"], filters: { id: "prod_1" } })
 */
export class QueryGraph {
  private readonly roots = new Map<string, GraphRoot>();
  private readonly ambiguous: Map<string, string[]>;
  private readonly unreadable = new Set<string>();

  constructor(
    private readonly container: TesseraContainer,
    schema: GraphQLSchema,
    modules: readonly LoadedModule[],
  ) {
    const models: GraphModel[] = modules.flatMap((module) =>
      Object.values(module.definition.linkable as Record<string, Linkable>).map((linkable) => ({
        module: module.definition.name,
        def: linkable.model,
      })),
    );
    const names = entityNames(models);
    this.ambiguous = names.ambiguous;
    const roots = graphRoots(schema, models);
    for (const [entity, model] of names.byName) {
      const root = roots.get(model);
      if (root) this.roots.set(entity, root);
      else this.unreadable.add(entity);
    }
    const query = schema.getQueryType()?.getFields() ?? {};
    for (const link of allLinks()) {
      const field = link.readOnly ? undefined : query[`${camelCase(link.entryPoint)}Links`];
      const node = field ? connectionNode(getNamedType(field.type) as GraphQLObjectType) : undefined;
      if (field && node) this.roots.set(link.entryPoint, { schema, field, node, serviceFilters: false });
    }
  }

  private rootField(entity: string): GraphRoot {
    const root = this.roots.get(entity);
    if (root) return root;
    const candidates = this.ambiguous.get(entity);
    throw new TesseraError(
      TesseraError.Types.INVALID_DATA,
      candidates
        ? `Entity "${entity}" is ambiguous: name one of ${candidates.join(", ")}`
        : this.unreadable.has(entity)
          ? `Entity "${entity}" has no GraphQL type (its model says graphql: false)`
          : `Unknown entity "${entity}". Known: ${[...this.roots.keys()].sort().join(", ")}`,
      { field: ["entity"] },
    );
  }

  private sortValues(
    args: readonly GraphQLArgument[],
    order: NonNullable<GraphQuery["pagination"]>["order"],
    entity: string,
  ) {
    const entries = Object.entries(order ?? {});
    if (!entries.length) return undefined;
    const sortArg = args.find((a) => a.name === "sort");
    const input = sortArg ? getNamedType(sortArg.type) : undefined;
    const enumField = isInputObjectType(input) ? input.getFields().field : undefined;
    const fieldEnum = enumField ? getNamedType(enumField.type) : undefined;
    return entries.map(([key, direction]) => {
      const value = key.replace(/\./g, "_").toUpperCase();
      if (!isEnumType(fieldEnum) || !fieldEnum.getValue(value))
        throw new TesseraError(TesseraError.Types.INVALID_DATA, `Cannot order entity "${entity}" by "${key}"`, {
          field: ["pagination", "order"],
        });
      return { field: value, direction: direction.toUpperCase() };
    });
  }

  /** The GraphQL arguments of a public root list: filter input, sort enum values, search. */
  private listArguments(field: GraphRoot["field"], query: GraphQuery): Arguments {
    const { q, ...filters } = query.filters ?? {};
    const argNames = new Set(field.args.map((a) => a.name));
    const filterArg = field.args.find((a) => a.name === "filter");
    const filterType = filterArg ? getNamedType(filterArg.type) : undefined;
    if (Object.keys(filters).length && !isInputObjectType(filterType))
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Entity "${query.entity}" takes no filters`, {
        field: ["filters"],
      });
    if (q !== undefined && !argNames.has("search"))
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Entity "${query.entity}" has no search (q)`, {
        field: ["filters", "q"],
      });
    const sortArg = field.args.find((a) => a.name === "sort");
    return {
      variables: {
        filter: isInputObjectType(filterType) ? toGraphQLFilter(filterType, filters) : undefined,
        sort: this.sortValues(field.args, query.pagination?.order, query.entity),
        search: q,
      },
      declared: [
        ["filter", filterType?.name],
        ["sort", sortArg ? `[${getNamedType(sortArg.type).name}!]` : undefined],
        ["search", argNames.has("search") ? "String" : undefined],
      ].filter((d): d is [string, string] => Boolean(d[1])),
    };
  }

  /** The arguments of a query.graph root: the service's own filters (with `q`) and an order by columns. */
  private serviceArguments(root: GraphRoot, model: string, query: GraphQuery): Arguments {
    const columns = modelInfo(model as ModelName).fields;
    const order = Object.entries(query.pagination?.order ?? {}).map(([key, direction]) => {
      if (columns.get(key)?.kind !== "scalar" && columns.get(key)?.kind !== "enum")
        throw new TesseraError(TesseraError.Types.INVALID_DATA, `Cannot order entity "${query.entity}" by "${key}"`, {
          field: ["pagination", "order"],
        });
      return [key, direction.toUpperCase()];
    });
    const type = root.field.args.find((a) => a.name === "filters")?.type.toString() ?? "QueryGraphValue";
    return {
      variables: { filters: query.filters ?? {}, order: Object.fromEntries(order) },
      declared: [
        ["filters", type],
        ["order", type],
      ],
    };
  }

  async graph(query: GraphQuery): Promise<GraphResult> {
    const root = this.rootField(query.entity);
    const { field, node } = root;
    const { text, shape } = selection(node, fieldTree(query.fields?.length ? query.fields : ["*"]), "");
    const model = (node.extensions as { pothosPrismaModel?: string }).pothosPrismaModel ?? node.name;
    const { variables, declared } = root.serviceFilters
      ? this.serviceArguments(root, model, query)
      : this.listArguments(field, query);
    const document =
      parse(`query QueryGraph($first: Int, $after: String, $count: Boolean!, $nodes: Boolean!${declared.map(([n, t]) => `, $${n}: ${t}`).join("")}) {
      root: ${field.name}(first: $first, after: $after${declared.map(([n]) => `, ${n}: $${n}`).join("")}) {
        totalCount @include(if: $count) pageInfo { endCursor hasNextPage } edges @include(if: $nodes) { node { ${text} } }
      }
    }`);
    const skip = query.pagination?.skip ?? 0;
    const take = query.pagination?.take;
    if (!Number.isInteger(skip) || skip < 0 || (take !== undefined && (!Number.isInteger(take) || take < 0))) {
      throw new TesseraError(
        TesseraError.Types.INVALID_DATA,
        "pagination.skip and take must be non-negative integers",
        { field: ["pagination"] },
      );
    }
    const data: Record<string, unknown>[] = [];
    let count = 0;
    let after: string | undefined;
    // Cursors are keyset cursors: `skip` is walked in pages that read no records, then pages of at
    // most the connection's maximum until `take` (or everything) is read. The count runs once.
    for (let skipped = 0, first = true; ; first = false) {
      const skipping = skipped < skip;
      const want = skipping
        ? Math.min(pageSize.maxSize, skip - skipped)
        : take === undefined
          ? pageSize.maxSize
          : Math.min(pageSize.maxSize, take - data.length);
      const page = await this.run(
        root.schema,
        document,
        { ...variables, first: want, after, count: first, nodes: !skipping },
        query,
      );
      if (first) count = page.totalCount ?? 0;
      if (skipping) skipped += want;
      else data.push(...(page.edges ?? []).map((e) => toPlain(e.node, shape)));
      after = page.pageInfo.endCursor ?? undefined;
      const done = take !== undefined && data.length >= take;
      if (!page.pageInfo.hasNextPage || done || want === 0) break;
    }
    return { data, metadata: { count, skip, take } };
  }

  private async run(
    schema: GraphQLSchema,
    document: ReturnType<typeof parse>,
    variableValues: Record<string, unknown>,
    query: GraphQuery,
  ) {
    const contextValue: GraphQLContext = {
      scope: this.container.createScope(),
      prisma: this.container.resolve("db").prisma,
      // Server-side reads are trusted code (routes, workflows, jobs): a privileged actor.
      auth: {
        actorType: "system",
        actorId: null,
        authIdentityId: null,
        appMetadata: {},
        publishableKey: null,
        internal: true,
      },
      queryContext: query.context,
      withDeleted: query.withDeleted,
    };
    const result = await execute({ schema, document, variableValues, contextValue });
    const error = result.errors?.[0];
    if (error) {
      if (TesseraError.is(error.originalError)) throw error.originalError;
      throw new TesseraError(
        error.originalError ? TesseraError.Types.UNEXPECTED_STATE : TesseraError.Types.INVALID_DATA,
        `query.graph(${query.entity}): ${error.message}`,
        { cause: error },
      );
    }
    return (
      result.data as {
        root: {
          totalCount?: number;
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
          edges?: { node: unknown }[];
        };
      }
    ).root;
  }
}
