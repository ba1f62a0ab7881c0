import type { GraphQLResolveInfo } from "graphql";
import type { GraphQLContext } from "../graphql/context.ts";
import type { Filters } from "../modules/filters.ts";
import type { Order } from "./linked-list.ts";
import type { ComputedColumn } from "./sql.ts";

/**
 * A computed column as built for one request. `context` is what its values depend on beyond the
 * row (the price context of a calculated price): a keyset cursor on the column carries a hash of
 * it, and a cursor read in another context is refused (INVALID_CURSOR) instead of paging wrongly.
 */
export interface BuiltComputedColumn {
  sql: ComputedColumn;
  context?: { label: string; value: unknown };
}

/** Builds a computed column for a request (its price context, say); may throw a typed error. */
export type ComputedColumnFactory = (ctx: GraphQLContext, info: GraphQLResolveInfo) => Promise<BuiltComputedColumn>;

/** The computed columns of one read: their SQL by name, and what each one's values depend on. */
export interface RequestComputedColumns {
  columns: Record<string, ComputedColumn>;
  contexts: Record<string, { label: string; value: unknown }>;
}

// Registered by whoever can compute the value (the links layer: a product's calculated price
// across product, link and pricing), named by the module's filter and sort inputs, so the
// module never imports what computes it (as read scopes).
const factories = new Map<string, Map<string, ComputedColumnFactory>>();

/** Makes `name` a computed column of `model` in root lists (filters and sort values name it). */
export function registerComputedColumn(model: string, name: string, factory: ComputedColumnFactory): void {
  factories.set(model, new Map([...(factories.get(model) ?? []), [name, factory]]));
}

function names(filters: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(filters)) for (const f of filters) names(f, found);
  else if (typeof filters === "object" && filters !== null && !(filters instanceof Date))
    for (const [key, value] of Object.entries(filters)) {
      found.add(key);
      names(value, found);
    }
  return found;
}

/**
 * The computed columns a list's filters or order name, built for this request; undefined when
 * they name none (so a list without them costs nothing more). A name without a registered
 * factory stays unknown to the compiler, which refuses it (INVALID_DATA).
 */
export async function computedColumnsFor(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  model: string,
  filters: Filters,
  order: Order,
): Promise<RequestComputedColumns | undefined> {
  const known = factories.get(model);
  if (!known) return undefined;
  const used = names(filters, new Set(Object.keys(order)));
  const wanted = [...known].filter(([name]) => used.has(name));
  if (!wanted.length) return undefined;
  const built = await Promise.all(wanted.map(async ([name, make]) => [name, await make(ctx, info)] as const));
  return {
    columns: Object.fromEntries(built.map(([name, column]) => [name, column.sql])),
    contexts: Object.fromEntries(built.flatMap(([name, column]) => (column.context ? [[name, column.context]] : []))),
  };
}
