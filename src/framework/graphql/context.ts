import type { Request, Response } from "express";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { TesseraContainer } from "../container/container.ts";

/** Who is calling; filled by the auth layer. Anonymous callers have `actorType: null`. */
export interface AuthContext {
  /** `user`, `customer`, `api-key` (a secret key), a custom type, or null. */
  actorType: string | null;
  /** Null also while an identity registers (it has no actor yet). */
  actorId: string | null;
  authIdentityId: string | null;
  appMetadata: Record<string, unknown>;
  /** The live publishable key sent in `x-publishable-api-key`, with its sales channels. */
  publishableKey: { key: string; sales_channel_ids: string[] } | null;
  /**
   * A credential the request presented but that proves nothing (a bad bearer token, an unknown
   * key): every operation of the request is refused with its code, naming the header, instead of
   * running as a guest.
   */
  credentialError?: { code: "INVALID_API_KEY" | "INVALID_TOKEN"; header: string; message: string };
  /** Set only by server-side code (query.graph): trusted, with admin access. Never from a request. */
  internal?: true;
}

/** The GraphQL context: the request's container scope and what resolvers need from it. */
export interface GraphQLContext {
  /** The per-request scope (`req.scope` in routes); resolve services from it. */
  scope: TesseraContainer;
  /** The Prisma client, for the Prisma plugin's relation loading. */
  prisma: PrismaClient;
  auth: AuthContext;
  /**
   * The HTTP exchange when the operation came over HTTP (not graphql-ws): auth mutations read the
   * client address (login throttling) and the session cookie, and set or clear that cookie.
   */
  http?: { req: Request; res: Response };
  /** Set by query.graph: per-field contexts by path, read with `queryContextFor` (variant prices read `variants.calculated_price`). */
  queryContext?: Record<string, unknown>;
  /** Set by query.graph's `withDeleted`: root lists include soft-deleted records. */
  withDeleted?: boolean;
}
