import { brandWithType } from "@pothos/core";
import type { GraphQLResolveInfo, GraphQLSchema } from "graphql";
import { fromDatabaseError } from "../errors/database-errors.ts";
import { TesseraError } from "../errors/tessera-error.ts";
import { authScopesFor, grantsScopes, type TypeAuthScopes } from "../graphql/auth-scopes.ts";
import type { GraphQLContext } from "../graphql/context.ts";
import type { Filters } from "../modules/filters.ts";
import { columnValuesWhere } from "../modules/read-rows.ts";
import type { ModelName } from "../modules/model.ts";
import { selectPageAcrossLinks } from "./linked-list.ts";
import type { RawClient } from "./sql.ts";

/**
 * What a non-admin caller may read of a model, as service filters (they may cross links:
 * `{ salesChannels: { id: [...] } }`); undefined when this rule does not narrow the caller.
 */
export type ReadScope = (ctx: GraphQLContext) => Filters | undefined;

// Registered by whoever owns a rule (the product module: published products; the links layer: the
// key's sales channels), read by whoever lists the records, so neither imports the other. A model's
// rules all apply.
const scopes = new Map<string, ReadScope[]>();

/** Narrows non-admin reads of `model` (root lists, lookups, link fields, `node`/`nodes`) by the rule's filters. */
export function registerReadScope(model: ModelName, scope: ReadScope): void {
  scopes.set(model, [...(scopes.get(model) ?? []), scope]);
}

/** The filters narrowing this caller's reads of `model`; admins (and query.graph) are never narrowed. */
export function readScope(ctx: GraphQLContext, model: string): Filters | undefined {
  const rules = scopes.get(model);
  if (!rules || authScopesFor(ctx).admin) return undefined;
  const filters = rules.map((rule) => rule(ctx)).filter((f): f is Filters => f !== undefined);
  if (filters.length < 2) return filters[0];
  return { $and: filters };
}

/** `filters` AND the caller's scope of `model` (the filters as they are when not narrowed); a search stays on top. */
export function scopedFilters(ctx: GraphQLContext, model: string, filters: Filters): Filters {
  const scope = readScope(ctx, model);
  if (!scope) return filters;
  const { q, ...rest } = filters;
  return q === undefined ? { $and: [rest, scope] } : { $and: [rest, scope], q };
}

/**
 * The caller's scope of `model` as a Prisma `where`, for relation fields loaded with their parent
 * (`Product.categories`): the scope must use the model's own columns and relations, not links.
 */
export function scopedRelationWhere(
  ctx: GraphQLContext,
  model: ModelName,
  where: Record<string, unknown>,
): Record<string, unknown> {
  const scope = readScope(ctx, model);
  if (!scope) return where;
  // Prisma loads the relation itself: the rule must be one it can say (column values), which the
  // compiler would answer the same way.
  const narrowed = columnValuesWhere(model, scope);
  if (!narrowed)
    throw new Error(`The read scope of ${model} narrows a nested relation, so it may only pick rows by column values`);
  return { AND: [where, narrowed] };
}

/**
 * The ids among `ids` (of one model) the caller may read: one SQL statement when the model is
 * narrowed for this caller, none otherwise.
 */
export async function readableIds(ctx: GraphQLContext, model: string, ids: string[]): Promise<Set<string>> {
  const scope = readScope(ctx, model);
  if (!scope || !ids.length) return new Set(ids);
  const { ids: found } = await selectPageAcrossLinks(ctx.prisma as unknown as RawClient, {
    model: model as ModelName,
    filters: { $and: [{ id: ids }, scope] },
    count: false,
    withDeleted: ctx.withDeleted ?? false,
  });
  return new Set(found.map(String));
}

/** An id as the relay plugin decodes it: `typename` is the model its prefix names. */
type GlobalId = { typename: string; id: string };

// The GraphQL type of each Prisma model (a type may be named apart from its model: UserInvite is Invite).
const typeNames = new WeakMap<GraphQLSchema, Map<string, string>>();

function typeNameOf(schema: GraphQLSchema, model: string): string {
  let byModel = typeNames.get(schema);
  if (!byModel) {
    byModel = new Map();
    for (const type of Object.values(schema.getTypeMap())) {
      const prismaModel = type.extensions.pothosPrismaModel;
      if (typeof prismaModel === "string" && !byModel.has(prismaModel)) byModel.set(prismaModel, type.name);
    }
    typeNames.set(schema, byModel);
  }
  return byModel.get(model) ?? model;
}

/**
 * Whether the caller may read this object of `typeName` by id: the type's declared `authScopes`
 * (a scope map, or a function of the record). `$granted` scopes come from the field that returned
 * an object, so they never open it by id. A type that declares no rule is for admins only.
 */
async function typeReadable(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  typeName: string,
  record: unknown,
): Promise<boolean> {
  const options = info.schema.getType(typeName)?.extensions.pothosOptions as
    | { authScopes?: TypeAuthScopes }
    | undefined;
  const rule = options?.authScopes;
  if (rule === undefined) return authScopesFor(ctx).admin;
  return grantsScopes(ctx, typeof rule === "function" ? await rule(record as never, ctx) : rule);
}

/** Ids per model that the caller may not read through the models' read scopes. */
async function hiddenIds(ctx: GraphQLContext, ids: GlobalId[]): Promise<Set<string>> {
  const hidden = new Set<string>();
  const byModel = new Map<string, string[]>();
  for (const { typename, id } of ids)
    if (scopes.has(typename)) byModel.set(typename, [...(byModel.get(typename) ?? []), id]);
  for (const [model, modelIds] of byModel) {
    const readable = await readableIds(ctx, model, modelIds);
    for (const id of modelIds) if (!readable.has(id)) hidden.add(id);
  }
  return hidden;
}

type ResolveNodes = (ids: GlobalId[]) => Promise<unknown[]>;

type Delegate = { findFirst(args: { where: object }): Promise<unknown> };

/**
 * The relay plugin cannot load a Prisma type named apart from its model (Invite, model
 * UserInvite): such records load here, branded with their GraphQL type for `node`'s resolveType.
 */
async function resolveWithRenamed(
  ctx: GraphQLContext,
  models: string[],
  typed: GlobalId[],
  resolve: ResolveNodes,
): Promise<unknown[]> {
  const renamed = typed.map((id, i) => (id.typename !== models[i] ? i : -1)).filter((i) => i >= 0);
  if (!renamed.length) return resolve(typed);
  const others = typed.filter((_id, i) => !renamed.includes(i));
  const loaded = others.length ? await resolve(others) : [];
  return Promise.all(
    typed.map(async (id, i) => {
      if (!renamed.includes(i)) return loaded[others.indexOf(id)] ?? null;
      const model = models[i] ?? "";
      const delegate = (ctx.prisma as unknown as Record<string, Delegate>)[
        model.charAt(0).toLowerCase() + model.slice(1)
      ];
      const row = await delegate?.findFirst({ where: { id: id.id, deleted_at: null } });
      if (!row || typeof row !== "object") return null;
      // A type's name is one of the OutputTypes brandWithType accepts (its ref, or the name).
      brandWithType(row, id.typename as never);
      return row;
    }),
  );
}

/** The records the caller may read, null where an id is unknown, out of the read scope or of a type the caller may not read. */
async function readableNodes(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  ids: GlobalId[],
  resolve: ResolveNodes,
): Promise<unknown[]> {
  const typed = ids.map(({ typename, id }) => ({ id, typename: typeNameOf(info.schema, typename) }));
  const [hidden, nodes] = await Promise.all([
    hiddenIds(ctx, ids),
    resolveWithRenamed(
      ctx,
      ids.map((i) => i.typename),
      typed,
      resolve,
    ),
  ]);
  return Promise.all(
    nodes.map(async (node, i) => {
      const id = typed[i];
      if (node == null || !id || hidden.has(id.id)) return null;
      return (await typeReadable(ctx, info, id.typename, node)) ? node : null;
    }),
  );
}

/** `node(id:)`: null for an unknown id (Relay), and for a record the caller may not read, exactly alike. */
export async function resolveReadableNode(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  id: GlobalId,
  resolve: ResolveNodes,
): Promise<unknown> {
  try {
    const [node] = await readableNodes(ctx, info, [id], resolve);
    return node ?? null;
  } catch (error) {
    // A Node type's findUnique throws for an unknown id: that is null here, not an error.
    const mapped = fromDatabaseError(error);
    if (TesseraError.is(mapped) && mapped.type === TesseraError.Types.NOT_FOUND) return null;
    throw error;
  }
}

/** `nodes(ids:)`: records the caller may not read come back null, like unknown ids. */
export function resolveReadableNodes(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  ids: GlobalId[],
  resolve: ResolveNodes,
): Promise<unknown[]> {
  return readableNodes(ctx, info, ids, resolve);
}
