import type { IncomingMessage } from "node:http";
import type { NextFunction, Request, Response } from "express";
import type { TesseraContainer } from "../container/container.ts";
import type { AuthContext as GraphQLAuth } from "../graphql/context.ts";
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
  return context
    ? {
        actorType: context.actor_type,
        actorId: context.actor_id || null,
        authIdentityId: context.auth_identity_id || null,
        appMetadata: context.app_metadata,
        publishableKey,
      }
    : { ...anonymousCaller, publishableKey };
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
  for (const name of ["authorization", PUBLISHABLE_KEY_HEADER]) {
    const value = connectionParams?.[name] ?? connectionParams?.[name.toLowerCase()];
    if (typeof value === "string") headers[name] = value;
  }
  return callerOf({ headers, signedCookies: {}, scope: container.createScope() });
}
