import { ArgumentRef, type InputFieldMap, type InputShapeFromFields, type ObjectRef } from "@pothos/core";
import type { DefaultConnectionArguments } from "@pothos/plugin-relay";
import type { GraphQLResolveInfo } from "graphql";
import { computedColumnsFor } from "../links/computed-columns.ts";
import type { Order } from "../links/linked-list.ts";
import { scopedFilters } from "../links/read-scope.ts";
import { modelInfo } from "../modules/datamodel.ts";
import type { Filters } from "../modules/filters.ts";
import type { ModelDef } from "../modules/model.ts";
import type { FindConfig } from "../modules/query-config.ts";
import { sortKeyOf } from "../modules/read-rows.ts";
import type { ScopeMap } from "./auth-scopes.ts";
import type { BuilderTypes } from "./builder.ts";
import { orderSignature, resolveKeysetConnection } from "./connection.ts";
import type { GraphQLContext } from "./context.ts";
import { type CursorContext, cursorContext } from "./cursor.ts";
import { words } from "./filters.ts";
import { type ListArgs, type ListInputs, listArgs, listFilters, listOrder } from "./list-inputs.ts";
import { connectionNodeQuery } from "./node-query.ts";

type Row = Record<string, unknown>;
type ListMethod = (filters: Filters, config: FindConfig) => Promise<unknown>;
type QueryFieldBuilder = PothosSchemaTypes.QueryFieldBuilder<BuilderTypes, object>;

/** What a root list reads: a model of a module, through its service's generated `list` / `listAndCount`. */
export interface ModelSource {
  /** The model's definition (`model("Region", …)` in the module's models.ts). */
  model: ModelDef;
  /** The container key of the module's service (`"region"`). */
  module: string;
}

/**
 * A connection over a module's model: keyset pages through the service's generated `list<Plural>`
 * (read scope of the caller applied, GraphQL selection loaded with the page), `totalCount` through
 * `listAndCount<Plural>` only when selected. The id breaks ties of `order`. Computed columns the
 * filters or the order name (a product's price in the request's context) are built first; when
 * the order sorts by one, its cursors are bound to the context its values were computed in.
 */
export async function resolveModelConnection<Node extends object = Row>(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  args: DefaultConnectionArguments,
  source: ModelSource & { filters: Filters; order: Order },
) {
  const { model, module } = source;
  const idField = modelInfo(model.name).idField;
  const keys = Object.entries(source.order).map(([key, dir]) => [key, dir.toUpperCase()] as const);
  if (!keys.some(([key]) => key === idField)) keys.push([idField, "ASC"]);
  const filters = scopedFilters(ctx, model.name, source.filters);
  const order = Object.fromEntries(keys) as Order;
  const computed = await computedColumnsFor(ctx, info, model.name, filters, order);
  // Cursors of an order on a computed column hold only in the context it was computed in.
  const contexts = keys.flatMap(([key]) => {
    const context = computed?.contexts[key];
    return context ? [[key, context] as const] : [];
  });
  const context: CursorContext | undefined = contexts.length
    ? cursorContext(
        contexts.map(([, c]) => c.label).join(" and "),
        contexts.map(([key, c]) => [key, c.value]),
      )
    : undefined;
  const service = ctx.scope.resolve(module as never) as Record<string, ListMethod>;
  const call = async (method: string, config: FindConfig) => {
    const fn = service[method];
    if (!fn) throw new Error(`The ${module} service has no ${method}`);
    return fn.call(service, filters, {
      ...config,
      ...(computed ? { computed: computed.columns } : {}),
      withDeleted: ctx.withDeleted ?? false,
    });
  };
  return resolveKeysetConnection(args, {
    order: orderSignature(keys),
    ...(context ? { context } : {}),
    load: async (page) => {
      const rows = (await call(`list${model.plural}`, {
        take: page.take,
        order,
        keyset: { after: page.after, before: page.before, reverse: page.backward },
        prismaQuery: connectionNodeQuery(ctx, info),
      })) as Row[];
      // The service read rows of the model, so they are its nodes (the caller names the type).
      return rows.map((row) => ({ node: row as Node, key: sortKeyOf(row) }));
    },
    count: async () => ((await call(`listAndCount${model.plural}`, { take: 0 })) as [unknown[], number])[1],
  });
}

/** Who may read a list, in a client's terms, from its access rule. */
function readers(scopes: ScopeMap): string {
  if (scopes.publishable) return "storefronts (a publishable key: only what its sales channels may read) and admins";
  if (scopes.customer) return "the logged-in customer (their own records)";
  return "admin users and secret API keys only";
}

/** A root list's description when its declaration gives none. */
function defaultListDescription(model: ModelDef, scopes: ScopeMap): string {
  const plural = words(model.plural);
  return `${plural.charAt(0).toUpperCase()}${plural.slice(1)} for ${readers(scopes)}, paged by keyset cursors (20 a page unless first/last say, at most 250); totalCount counts every page.`;
}

/**
 * The usual arguments of a list get a description when their declaration gives none: `filter`,
 * `search` (naming the model's searchable fields) and `sort`, so every list documents them alike.
 */
export function describeListArgs(args: InputFieldMap, model: ModelDef): void {
  const defaults: Record<string, string> = {
    filter: `Only ${words(model.plural)} matching every field given; and / or / not combine filters.`,
    search: model.searchable.length
      ? `Matches ${words(model.plural)} whose ${model.searchable.map(words).join(", ")} contain this text (case-insensitive).`
      : `Matches ${words(model.plural)} containing this text (case-insensitive).`,
    sort: "Sort keys, the first deciding first (each ASC unless it says DESC); ties are broken by id. Default: by id.",
  };
  for (const [name, ref] of Object.entries(args)) {
    const description = defaults[name];
    if (description)
      if (ref instanceof ArgumentRef)
        ref.updateConfig((config) => (config.description ? config : { ...config, description }));
  }
}

/** How a root list is declared: its type and arguments, the model it reads and how arguments become filters and order. */
export type RootListOptions<Args extends InputFieldMap, Node> = ListOptions<Args, Node> &
  (
    | ModelSource
    | {
        /** The model's list arguments (`filter`, `search`, `sort`) and what they filter and order by. */
        list: ListInputs;
        module: string;
      }
  );

interface ListOptions<Args extends InputFieldMap, Node> {
  type: ObjectRef<BuilderTypes, Node>;
  /** Names `<name>Connection` and `<name>Edge`; default: the type's name. */
  name?: string;
  /** A connection type declared once (`builder.connectionObject`) and shared with nested lists; default: its own. */
  connection?: ObjectRef<BuilderTypes, unknown>;
  authScopes: ScopeMap;
  description?: string;
  /** Its arguments beside `first`/`after`/`last`/`before` (and beside the `list`'s). */
  args?: Args;
  /** The service filters of the arguments; the caller's read scope is added. Default: the `list`'s, or `q` from a `search` argument. */
  filters?: (args: InputShapeFromFields<Args>) => Filters;
  /** The order of the arguments (a `sortInput`'s `toOrder`); default: the `list`'s, or by id. */
  order?: (args: InputShapeFromFields<Args>) => Order;
}

/**
 * Declares a root connection (`<Type>Connection`, `<Type>Edge`) over a module's model: filters,
 * order, keyset cursors, the caller's read scope, `totalCount` on demand. Used inside
 * `builder.queryFields((t) => ({ regions: rootList(t, { … }) }))`.
 *
 * @example
 * regions: rootList(t, {
 *   type: RegionRef, module: "region", authScopes: access.store,
 *   list: listInputs(Region, { filter: { columns: { id: true, name: true } }, sort: ["name", "created_at"] }),
 * })
 */
export function rootList<Args extends InputFieldMap, Node>(t: QueryFieldBuilder, options: RootListOptions<Args, Node>) {
  const name = options.name ?? options.type.name;
  const list = "list" in options ? options.list : undefined;
  const model = list?.model ?? ("model" in options ? options.model : undefined);
  if (!model) throw new Error(`The root list of ${name} names no model`);
  const args = { ...(list ? listArgs(t.arg, list) : {}), ...options.args } as Args;
  describeListArgs(args, model);
  const connection = t.connection.bind(t) as unknown as (
    field: object,
    connectionOptions: { name: string } | ObjectRef<BuilderTypes, unknown>,
    edgeOptions?: { name: string },
  ) => ReturnType<QueryFieldBuilder["field"]>;
  const field = {
    type: options.type,
    authScopes: options.authScopes,
    description: options.description ?? defaultListDescription(model, options.authScopes),
    args,
    resolve: (
      _root: unknown,
      args: InputShapeFromFields<Args> & DefaultConnectionArguments,
      ctx: GraphQLContext,
      info: GraphQLResolveInfo,
    ) =>
      resolveModelConnection(ctx, info, args, {
        model,
        module: options.module,
        // The list's arguments are ListArgs: listArgs declared them.
        filters:
          options.filters?.(args) ??
          (list ? listFilters(list, args as ListArgs) : { q: (args as ListArgs).search ?? undefined }),
        order: options.order?.(args) ?? (list ? listOrder(list, args as ListArgs) : {}),
      }),
  };
  return options.connection
    ? connection(field, options.connection)
    : connection(field, { name: `${name}Connection` }, { name: `${name}Edge` });
}
