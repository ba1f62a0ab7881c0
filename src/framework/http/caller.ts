import type { NextFunction, Request, Response } from "express";
import type { AuthContext as GraphQLAuth } from "../graphql/context.ts";
import { readAuthContext, readPublishableKey } from "./credentials.ts";

declare module "express-serve-static-core" {
  interface Request {
    /** Who calls /graphql; read once per request by `readCaller`. */
    caller?: GraphQLAuth;
  }
}

/** An anonymous caller: no actor, no publishable key. */
export const anonymousCaller: GraphQLAuth = { actorType: null, actorId: null, authIdentityId: null, appMetadata: {}, publishableKey: null };

/**
 * Reads every credential the request carries (bearer, session cookie, secret key, publishable
 * key) into `req.caller` for the GraphQL context. Bad or missing credentials leave it anonymous;
 * the schema's auth scopes decide what that may do.
 */
export async function readCaller(req: Request, _res: Response, next: NextFunction): Promise<void> {
  try {
    const [context, publishableKey] = await Promise.all([readAuthContext(req, ["bearer", "session", "api-key"]), readPublishableKey(req)]);
    req.caller = context
      ? { actorType: context.actor_type, actorId: context.actor_id || null, authIdentityId: context.auth_identity_id || null, appMetadata: context.app_metadata, publishableKey }
      : { ...anonymousCaller, publishableKey };
    next();
  } catch (error) {
    next(error);
  }
}
