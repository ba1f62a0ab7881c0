import type { TesseraContainer } from "../container/container.ts";
import type { AuthContext } from "./types.ts";

/**
 * A token outlives the actor it names: a deleted user or customer must stop authenticating.
 * One primary-key lookup per actor type with a module loaded; other actor types (custom ones
 * like `manager`) are taken at their token's word.
 */
const lookups: Record<string, (scope: TesseraContainer, id: string) => Promise<boolean>> = {
  user: async (scope, id) => !scope.hasRegistration("user") || (await scope.resolve("user").listUsers({ id }, { take: 1 })).length > 0,
  customer: async (scope, id) => !scope.hasRegistration("customer") || (await scope.resolve("customer").listCustomers({ id }, { take: 1 })).length > 0,
};

// Per request scope: a request that reads its credentials twice pays for the lookup once.
const checked = new WeakMap<TesseraContainer, Map<string, Promise<boolean>>>();

/** The context when its actor still exists (or is not one we can check), else null. */
export async function liveActor(scope: TesseraContainer, context: AuthContext | null): Promise<AuthContext | null> {
  const lookup = context?.actor_id ? lookups[context.actor_type] : undefined;
  if (!context || !lookup) return context;
  const cache = checked.get(scope) ?? new Map<string, Promise<boolean>>();
  checked.set(scope, cache);
  const key = `${context.actor_type}:${context.actor_id}`;
  const exists = cache.get(key) ?? lookup(scope, context.actor_id);
  cache.set(key, exists);
  return (await exists) ? context : null;
}
