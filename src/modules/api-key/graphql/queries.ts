import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { resolveCountedConnection } from "../../../framework/graphql/connection.ts";
import { connectionNodeQuery } from "../../../framework/graphql/node-query.ts";
import { ApiKeyRef, ApiKeyType } from "./types.ts";

builder.queryFields((t) => ({
  apiKeys: t.connection(
    {
      authScopes: access.admin,
      type: ApiKeyRef,
      args: { type: t.arg({ type: ApiKeyType }), search: t.arg.string(), revoked: t.arg.boolean() },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) =>
          ctx.scope.resolve("apiKey").listAndCountApiKeys(
            {
              ...(args.type ? { type: args.type } : {}),
              ...(args.revoked == null ? {} : { revoked_at: args.revoked ? { $ne: null } : null }),
              q: args.search ?? undefined,
            },
            { skip, take, order: { created_at: "DESC" }, prismaQuery: connectionNodeQuery(ctx, info) },
          ),
        ),
    },
    { name: "ApiKeyConnection" },
    { name: "ApiKeyEdge" },
  ),
}));
