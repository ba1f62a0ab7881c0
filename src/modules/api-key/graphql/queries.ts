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
    description:
      "API keys (admins only), newest first: secret keys authenticate admin tools, publishable keys scope storefronts to sales channels. Tokens are never shown again after creation.",
    args: {
      type: t.arg({ type: ApiKeyType, description: "Only keys of this type (publishable or secret)." }),
      search: t.arg.string(),
      revoked: t.arg.boolean({ description: "true: only revoked keys; false: only live ones; omitted: both." }),
    },
    filters: (args) => ({
      ...(args.type ? { type: args.type } : {}),
      ...(args.revoked == null ? {} : { revoked_at: args.revoked ? { $ne: null } : null }),
      q: args.search ?? undefined,
    }),
    order: () => ({ created_at: "DESC" }),
  }),
}));
