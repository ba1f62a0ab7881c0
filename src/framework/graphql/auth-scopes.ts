import { TesseraError } from "../errors/tessera-error.ts";
import type { GraphQLContext } from "./context.ts";

/**
 * The auth scopes fields declare (`authScopes: { admin: true }`); any one listed scope grants
 * access. `registering: "customer"` is an identity with a token for that actor type and no
 * actor yet (between `/auth/customer/emailpass/register` and `registerCustomer`).
 */
export interface AuthScopes {
  /** An admin user, or a secret API key. */
  admin: boolean;
  /** A logged-in customer. */
  customer: boolean;
  /** A live publishable key in `x-publishable-api-key`. */
  publishable: boolean;
  /** Any registered actor. */
  authenticated: boolean;
  registering: string;
  /** No credentials at all (not even a publishable key). */
  anonymous: boolean;
}

/** Evaluates the scopes for a request's caller. */
export function authScopesFor(ctx: GraphQLContext) {
  const { actorType, actorId, authIdentityId, publishableKey } = ctx.auth;
  return {
    admin: ctx.auth.internal === true || (actorId !== null && (actorType === "user" || actorType === "api-key")),
    customer: actorId !== null && actorType === "customer",
    publishable: publishableKey !== null,
    authenticated: actorId !== null,
    registering: (type: string) => actorType === type && actorId === null && authIdentityId !== null,
    anonymous: actorType === null && publishableKey === null,
  };
}

/** A type's or field's `authScopes` map (any one listed scope grants access; `$granted` comes from the returning field). */
export type ScopeMap = Partial<AuthScopes> & { $granted?: string };
/** A type's `authScopes`: a map, or a function of the record. */
export type TypeAuthScopes =
  | ScopeMap
  | ((record: never, ctx: GraphQLContext) => boolean | ScopeMap | Promise<boolean | ScopeMap>);

/**
 * Whether the caller holds one of `scopes` (Pothos' default "any" strategy), without `$granted`:
 * what `node(id:)` checks against a type's rule, where no field grants anything.
 */
export function grantsScopes(ctx: GraphQLContext, scopes: boolean | ScopeMap): boolean {
  if (typeof scopes === "boolean") return scopes;
  const held = authScopesFor(ctx);
  return Object.entries(scopes).some(([name, param]) => {
    if (name === "$granted") return false;
    const scope = held[name as keyof typeof held];
    return typeof scope === "function" ? typeof param === "string" && scope(param) : scope === true && param === true;
  });
}

/** The messages of scope denials, so clients (and the access matrix test) tell them from resolver errors. */
export const accessDeniedMessages = {
  unauthenticated: "Authentication required",
  forbidden: "Not allowed for this caller",
} as const;

/** No credentials at all: UNAUTHENTICATED; credentials that do not grant the field: FORBIDDEN. */
export function accessDenied(ctx: GraphQLContext): TesseraError {
  const anonymous = ctx.auth.actorType === null && ctx.auth.publishableKey === null;
  return anonymous
    ? new TesseraError(TesseraError.Types.UNAUTHORIZED, accessDeniedMessages.unauthenticated)
    : new TesseraError(TesseraError.Types.FORBIDDEN, accessDeniedMessages.forbidden);
}

/** The access rules root fields use; the access matrix test (test/access-matrix.spec.ts) checks each. */
export const access = {
  /** Admin users and secret keys. */
  admin: { admin: true },
  /**
   * Storefront reads: a publishable key, or admin. On a type, storefronts read only the records
   * of its read scope (registerReadScope: published products of the key's channels, public categories).
   */
  store: { admin: true, publishable: true },
  /** The logged-in customer only. */
  customer: { customer: true },
  /** Registering, verifying, logging in, resetting a password: a storefront, or a caller with no credentials at all. */
  guest: { publishable: true, anonymous: true },
  /** A customer's own token, before (registering) or after the customer exists: refreshing it, logging out. */
  customerToken: { customer: true, registering: "customer" },
  /** An identity registering as an admin user (accepting an invite) or as a customer. */
  registeringUser: { registering: "user" },
  registeringCustomer: { registering: "customer" },
  /**
   * Accepting an invite: with a registering identity, or with no credentials at all and a password
   * (the invite token was mailed to the invitee, which proves the address as a verification link does).
   */
  acceptingInvite: { registering: "user", anonymous: true },
} as const;
