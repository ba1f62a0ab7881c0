import type { IncomingMessage } from "node:http";
import type { NextFunction, Request, Response } from "express";
import type { TesseraContainer } from "../container/container.ts";
import type { AuthContext as GraphQLAuth } from "../graphql/context.ts";
import { SESSION_COOKIE } from "./session-cookie.ts";
import { PUBLISHABLE_KEY_HEADER, readAuthContext, readPublishableKey, type CredentialSource } from "./credentials.ts";

declare module "express-serve-static-core" {
  interface Request {
    /** Who calls /graphql; read once per request by `readCaller`. */
    caller?: GraphQLAuth;
  }
}

/** An anonymous caller: no actor, no publishable key. */
export const anonymousCaller: GraphQLAuth = {
  actorType: null,
  actorId: null,
  authIdentityId: null,
  appMetadata: {},
  publishableKey: null,
};

/**
 * Reads every credential the request carries (bearer, session cookie, secret key, publishable
 * key) into `req.caller` for the GraphQL context. Bad or missing credentials leave it anonymous;
 * the schema's auth scopes decide what that may do.
 */
export async function readCaller(req: Request, _res: Response, next: NextFunction): Promise<void> {
  try {
    req.caller = await callerOf(req);
    next();
  } catch (error) {
    next(error);
  }
}

async function callerOf(source: CredentialSource): Promise<GraphQLAuth> {
  const [context, publishableKey] = await Promise.all([
    readAuthContext(source, ["bearer", "session", "api-key"]),
    readPublishableKey(source),
  ]);
  const caller: GraphQLAuth = context
    ? {
        actorType: context.actor_type,
        actorId: context.actor_id || null,
        authIdentityId: context.auth_identity_id || null,
        appMetadata: context.app_metadata,
        publishableKey,
      }
    : { ...anonymousCaller, publishableKey };
  const credentialError = await credentialProblem(source, caller, context !== null);
  return credentialError ? { ...caller, credentialError } : caller;
}

/**
 * What a presented credential failed to prove: a publishable key that is not live, or an
 * `Authorization` header (bearer token or secret key) that authenticates nobody. A missing
 * credential is no problem (a guest); only one that was sent and is wrong.
 */
async function credentialProblem(
  source: CredentialSource,
  caller: GraphQLAuth,
  authenticated: boolean,
): Promise<GraphQLAuth["credentialError"]> {
  const key = source.headers[PUBLISHABLE_KEY_HEADER];
  if (typeof key === "string" && key && !caller.publishableKey)
    return {
      code: "INVALID_API_KEY",
      header: PUBLISHABLE_KEY_HEADER,
      message: `The publishable key in the ${PUBLISHABLE_KEY_HEADER} header is unknown or revoked`,
    };
  const scheme = (source.headers.authorization ?? "").split(" ")[0]?.toLowerCase();
  // Authenticated with a bearer header means by the bearer, unless a session cookie could have
  // done it instead (then the token is checked alone; its lookup is cached for the request).
  const bearerProved = async () =>
    authenticated && (!hasSessionCookie(source) || (await readAuthContext(source, ["bearer"])) !== null);
  if (scheme === "bearer" && !(await bearerProved()))
    return {
      code: "INVALID_TOKEN",
      header: "authorization",
      message: "The bearer token in the authorization header is invalid, expired or names no actor",
    };
  if (scheme === "basic" && caller.actorType !== "api-key")
    return {
      code: "INVALID_API_KEY",
      header: "authorization",
      message: "The secret API key in the authorization header is unknown or revoked",
    };
  return undefined;
}

/**
 * connectionParams by lower-cased name, as HTTP treats header names: `Authorization`,
 * `authorization` and `X-Publishable-Api-Key` all count, at the top level or under `headers`
 * (as Apollo-style clients send them); top-level names win.
 */
function socketParams(connectionParams: Record<string, unknown> | undefined): Map<string, unknown> {
  const nested = connectionParams?.headers;
  const entries = [
    ...(typeof nested === "object" && nested !== null ? Object.entries(nested) : []),
    ...Object.entries(connectionParams ?? {}),
  ];
  return new Map(entries.map(([name, value]) => [name.toLowerCase(), value]));
}

/**
 * The caller of a graphql-ws connection. Browsers cannot set headers on a WebSocket, so
 * `connectionParams` may carry `authorization` and `x-publishable-api-key`; the upgrade
 * request's own headers count too. (No session cookie: its signature is checked by Express.)
 */
export async function readSocketCaller(
  container: TesseraContainer,
  request: IncomingMessage,
  connectionParams: Record<string, unknown> | undefined,
): Promise<GraphQLAuth> {
  const headers = { ...request.headers };
  const params = socketParams(connectionParams);
  for (const name of ["authorization", PUBLISHABLE_KEY_HEADER]) {
    const value = params.get(name);
    if (typeof value === "string") headers[name] = value;
  }
  return callerOf({ headers, signedCookies: {}, scope: container.createScope() });
}

const hasSessionCookie = (source: CredentialSource) =>
  Object.hasOwn((source.signedCookies ?? {}) as object, SESSION_COOKIE);
