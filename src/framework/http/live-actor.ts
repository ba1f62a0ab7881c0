import type { TesseraContainer } from "../container/container.ts";
import type { AuthContext } from "./types.ts";

type Lookup = (scope: TesseraContainer, context: AuthContext) => Promise<boolean>;

/**
 * The auth identity behind a token still exists and still names the actor (custom actor types such
 * as `manager` record theirs in `app_metadata.<type>_id`; a token without an actor, between
 * registration and creating the actor, needs only the identity).
 */
const identityNamesActor: Lookup = async (scope, { auth_identity_id, actor_type, actor_id }) => {
  if (!scope.hasRegistration("auth")) return true;
  if (!auth_identity_id) return false;
  const [identity] = await scope.resolve("auth").listAuthIdentities({ id: auth_identity_id }, { take: 1 });
  if (!identity) return false;
  return !actor_id || (identity.app_metadata as Record<string, unknown> | null)?.[`${actor_type}_id`] === actor_id;
};

/**
 * A token outlives the actor it names: a deleted user or customer, a revoked secret key, a
 * removed auth identity must stop authenticating. One primary-key lookup per check.
 */
const lookups: Record<string, Lookup> = {
  user: async (scope, { actor_id: id }) =>
    !scope.hasRegistration("user") || (await scope.resolve("user").listUsers({ id }, { take: 1 })).length > 0,
  customer: async (scope, { actor_id: id }) =>
    !scope.hasRegistration("customer") ||
    (await scope.resolve("customer").listCustomers({ id }, { take: 1 })).length > 0,
  // Without the api-key module no key can be live.
  "api-key": async (scope, { actor_id: id }) =>
    scope.hasRegistration("apiKey") &&
    (await scope.resolve("apiKey").listApiKeys({ id, type: "secret", revoked_at: null }, { take: 1 })).length > 0,
};

/** Whether the actor `context` names exists now (uncached: subscriptions ask again while they stream). */
export function actorExists(scope: TesseraContainer, context: AuthContext): Promise<boolean> {
  const lookup = context.actor_id ? (lookups[context.actor_type] ?? identityNamesActor) : identityNamesActor;
  return lookup(scope, context);
}

// Per request scope: a request that reads its credentials twice pays for the lookup once.
const checked = new WeakMap<TesseraContainer, Map<string, Promise<boolean>>>();

/** The context when its actor still exists, else null. */
export async function liveActor(scope: TesseraContainer, context: AuthContext | null): Promise<AuthContext | null> {
  if (!context) return null;
  const cache = checked.get(scope) ?? new Map<string, Promise<boolean>>();
  checked.set(scope, cache);
  const key = `${context.actor_type}:${context.actor_id}:${context.auth_identity_id}`;
  const exists = cache.get(key) ?? actorExists(scope, context);
  cache.set(key, exists);
  return (await exists) ? context : null;
}
