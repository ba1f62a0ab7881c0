import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { liveNode } from "../../../framework/graphql/live-node.ts";

export const ApiKeyType = builder.enumType("ApiKeyType", {
  values: { PUBLISHABLE: { value: "publishable" }, SECRET: { value: "secret" } } as const,
});

export const ApiKeyRef = builder.prismaNode("ApiKey", {
  ...liveNode,
  authScopes: access.admin,
  fields: (t) => ({
    title: t.exposeString("title"),
    type: t.field({ type: ApiKeyType, resolve: (key) => key.type as "publishable" | "secret" }),
    redacted: t.exposeString("redacted", {
      description: "What may be shown of the key: sk_abc…wxyz for a secret key.",
    }),
    token: t.string({
      nullable: true,
      description: "A publishable key itself; null for a secret key (its token is only in createApiKey's payload).",
      resolve: (key) => (key.type === "publishable" ? key.token : null),
    }),
    salesChannelIds: t.exposeStringList("sales_channel_ids"),
    createdBy: t.exposeString("created_by", { nullable: true }),
    revokedAt: t.expose("revoked_at", { type: "DateTime", nullable: true }),
    revokedBy: t.exposeString("revoked_by", { nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
  }),
});
