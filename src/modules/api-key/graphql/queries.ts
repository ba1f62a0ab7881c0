import { access } from "../../../framework/graphql/auth-scopes.ts";
import { ApiKey } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { ApiKeyRef, ApiKeyType } from "./types.ts";

builder.queryFields((t) => ({
  apiKeys: rootList(t, {
    type: ApiKeyRef,
    model: ApiKey,
    module: "apiKey",
    authScopes: access.admin,
    args: { type: t.arg({ type: ApiKeyType }), search: t.arg.string(), revoked: t.arg.boolean() },
    filters: (args) => ({
      ...(args.type ? { type: args.type } : {}),
      ...(args.revoked == null ? {} : { revoked_at: args.revoked ? { $ne: null } : null }),
      q: args.search ?? undefined,
    }),
    order: () => ({ created_at: "DESC" }),
  }),
}));
