import { TesseraError } from "../errors/tessera-error.ts";
import { authScopesFor } from "../graphql/auth-scopes.ts";
import type { GraphQLContext } from "../graphql/context.ts";
import type { Filters } from "../modules/filters.ts";
import type { ModelName } from "../modules/model.ts";
import { selectPageAcrossLinks } from "./linked-list.ts";
import type { RawClient } from "./sql.ts";

/**
 * What a storefront caller may read of a model, as service filters (they may cross links:
 * `{ salesChannels: { id: [...] } }`); undefined when the caller is not narrowed.
 */
export type ReadScope = (ctx: GraphQLContext) => Filters | undefined;

// Registered by the module that owns the rule (the sales channel module scopes products), read by
// the module that lists the records, so neither imports the other.
const scopes = new Map<string, ReadScope>();

/** Narrows non-admin reads of `model` (root lists, lookups, `node`/`nodes`) by the rule's filters. */
export function registerReadScope(model: ModelName, scope: ReadScope): void {
  scopes.set(model, scope);
}

/** The filters narrowing this caller's reads of `model`; admins (and query.graph) are never narrowed. */
export function readScope(ctx: GraphQLContext, model: string): Filters | undefined {
  const scope = scopes.get(model);
  if (!scope || authScopesFor(ctx).admin) return undefined;
  return scope(ctx);
}

/** `filters` AND the caller's scope of `model` (the filters as they are when not narrowed). */
export function scopedFilters(ctx: GraphQLContext, model: string, filters: Filters): Filters {
  const scope = readScope(ctx, model);
  return scope ? { $and: [filters, scope] } : filters;
}

/**
 * The ids among `ids` (of one model) the caller may read: one SQL statement when the model is
 * narrowed for this caller, none otherwise.
 */
export async function readableIds(ctx: GraphQLContext, model: string, ids: string[]): Promise<Set<string>> {
  const scope = readScope(ctx, model);
  if (!scope || !ids.length) return new Set(ids);
  const { ids: found } = await selectPageAcrossLinks(ctx.prisma as unknown as RawClient, {
    model: model as ModelName, filters: { $and: [{ id: ids }, scope] }, count: false, withDeleted: ctx.withDeleted ?? false,
  });
  return new Set(found.map(String));
}

type GlobalId = { typename: string; id: string };

/** Ids per type that the caller may not read (an id's GraphQL type names its model). */
async function hiddenIds(ctx: GraphQLContext, ids: GlobalId[]): Promise<Set<string>> {
  const hidden = new Set<string>();
  const byType = new Map<string, string[]>();
  for (const { typename, id } of ids) if (scopes.has(typename)) byType.set(typename, [...(byType.get(typename) ?? []), id]);
  for (const [model, modelIds] of byType) {
    const readable = await readableIds(ctx, model, modelIds);
    for (const id of modelIds) if (!readable.has(id)) hidden.add(id);
  }
  return hidden;
}

/** `node(id:)`: a record outside the caller's scope is NOT_FOUND, exactly like an unknown id. */
export async function resolveReadableNode<T>(ctx: GraphQLContext, id: GlobalId, resolve: () => T | Promise<T>): Promise<T> {
  if ((await hiddenIds(ctx, [id])).has(id.id)) throw new TesseraError(TesseraError.Types.NOT_FOUND, `${id.typename} with id: ${id.id} was not found`);
  return resolve();
}

/** `nodes(ids:)`: records outside the caller's scope come back null, like unknown ids. */
export async function resolveReadableNodes<T>(ctx: GraphQLContext, ids: GlobalId[], resolve: () => Promise<T[]>): Promise<(T | null)[]> {
  const [hidden, nodes] = await Promise.all([hiddenIds(ctx, ids), resolve()]);
  return nodes.map((node, i) => (hidden.has(ids[i]?.id ?? "") ? null : node));
}
