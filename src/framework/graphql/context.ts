import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { TesseraContainer } from "../container/container.ts";

/** Who is calling; filled by the auth layer. Anonymous callers have `actorType: null`. */
export interface AuthContext {
  actorType: string | null;
  actorId: string | null;
}

/** The GraphQL context: the request's container scope and what resolvers need from it. */
export interface GraphQLContext {
  /** The per-request scope (`req.scope` in routes); resolve services from it. */
  scope: TesseraContainer;
  /** The Prisma client, for the Prisma plugin's relation loading. */
  prisma: PrismaClient;
  auth: AuthContext;
  /** Set by query.graph: per-entity context (pricing reads `queryContext.variants.calculated_price`). */
  queryContext?: Record<string, unknown>;
  /** Set by query.graph's `withDeleted`: root lists include soft-deleted records. */
  withDeleted?: boolean;
}
