import type { IncomingMessage } from "node:http";
import { createInMemoryCache, useResponseCache, type Cache } from "@graphql-yoga/plugin-response-cache";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { EventBus } from "../events/types.ts";
import type { AuthContext } from "./context.ts";

// A storefront read cache: whole responses of catalog queries, per publishable key and customer
// (prices follow the customer's groups), dropped whenever a delivered event may have changed
// one. Every process hears every delivered event (in-process on the embedded default, the Redis
// stream with REDIS_URL), so each process's memory cache goes stale no later than its peers'
// would in a shared store. The TTL bounds what a write without an event could leave behind.

/** Root fields whose answers depend only on the catalog, the key and the customer. */
const CACHEABLE_ROOTS = new Set([
  "__typename",
  "products",
  "product",
  "productCategories",
  "productCategory",
  "productCollections",
  "productCollection",
  "productTags",
  "productTypes",
  "productFacets",
  "regions",
  "region",
  "currencies",
  "store",
]);

/** Events that change no catalog answer: everything else empties the cache. */
const IRRELEVANT_EVENT = /^(auth|cart|payment|notification|user|invite)\./;

/** Whether a document is one query reading only cacheable root fields (answers memoised by text). */
const cacheableDocuments = new Map<string, boolean>();
function isCacheableDocument(query: string, operationName: string | undefined): boolean {
  const memoKey = `${operationName ?? ""}\n${query}`;
  let cacheable = cacheableDocuments.get(memoKey);
  if (cacheable === undefined) {
    cacheable = decide(query, operationName);
    if (cacheableDocuments.size >= 1_000) cacheableDocuments.clear();
    cacheableDocuments.set(memoKey, cacheable);
  }
  return cacheable;
}

function decide(query: string, operationName: string | undefined): boolean {
  try {
    const operations = parse(query).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
    if (!operation || operation.operation !== "query" || (!operationName && operations.length > 1)) return false;
    // Fragments on the root are rare in storefront queries; only plain root fields are judged.
    return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && CACHEABLE_ROOTS.has(s.name.value));
  } catch {
    return false; // Yoga answers the syntax error itself
  }
}

/** A storefront caller (a publishable key, as a guest or a customer); admins and secret keys are never cached. */
function storefrontCaller(caller: AuthContext | undefined): caller is AuthContext & { publishableKey: object } {
  return (
    !!caller?.publishableKey &&
    !caller.credentialError &&
    !caller.internal &&
    (caller.actorType === null || caller.actorType === "customer")
  );
}

/** A cache that can be emptied at once: the plugin keeps one instance, the contents are swapped. */
function clearableCache(): Cache & { clear(): void } {
  let inner = createInMemoryCache({ max: 10_000 });
  return {
    get: (key) => inner.get(key),
    set: (...args) => inner.set(...args),
    invalidate: (entities) => inner.invalidate(entities),
    clear: () => {
      inner = createInMemoryCache({ max: 10_000 });
    },
  };
}

type CacheContext = {
  req?: IncomingMessage & { caller?: AuthContext };
  params?: { query?: string; operationName?: string };
};

/**
 * The response cache plugin for `ttlMs` > 0 (`graphql.responseCacheTtlMs`); none otherwise.
 * @example plugins: [...useStorefrontResponseCache(bus, 60_000)]
 */
export function useStorefrontResponseCache(bus: Pick<EventBus, "onDelivered">, ttlMs: number): Plugin[] {
  if (ttlMs <= 0) return [];
  const cache = clearableCache();
  bus.onDelivered((event) => {
    if (!IRRELEVANT_EVENT.test(event.name)) cache.clear();
  });
  return [
    useResponseCache<CacheContext>({
      cache,
      ttl: ttlMs,
      session: (_request, context) => {
        const caller = context.req?.caller;
        if (!storefrontCaller(caller)) return null;
        return `${caller.publishableKey.key}:${caller.actorType === "customer" ? caller.actorId : ""}`;
      },
      enabled: (_request, context) =>
        storefrontCaller(context.req?.caller) &&
        !!context.params?.query &&
        isCacheableDocument(context.params.query, context.params.operationName),
    }),
  ];
}
