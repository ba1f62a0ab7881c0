import DataLoader from "dataloader";

// What a GraphQL request reads once for all its fields, keyed by its context: when the request
// ends, its context is dropped and its entries with it.
const perRequest = new WeakMap<object, Map<string, unknown>>();

/** The request's entry named `key`, made by `make` the first time a field asks for it. */
export function requestValue<V>(ctx: object, key: string, make: () => V): V {
  let entries = perRequest.get(ctx);
  if (!entries) perRequest.set(ctx, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, make());
  return entries.get(key) as V;
}

/**
 * The request's loader named `key` (one per GraphQL request): every parent of a page that asks it
 * is answered by one call of `batch`. Keys other than ids name their cache key (`cacheKeyFn`).
 * @example requestLoader(ctx, "store.defaultRegion", (ids) => regionsByIds(ids)).load(id)
 */
export function requestLoader<V, K = string>(
  ctx: object,
  key: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
  options?: DataLoader.Options<K, V, string>,
): DataLoader<K, V, string> {
  return requestValue(ctx, `loader:${key}`, () => new DataLoader<K, V, string>(batch, options));
}
