import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { liveNode, recordFields } from "../../../framework/graphql/live-node.ts";

export const UserRef = builder.prismaNode("User", {
  ...liveNode,
  // Admins; and the one user acceptInvite just created, in its own payload.
  authScopes: { ...access.admin, $granted: "newUser" },
  fields: (t) => ({
    email: t.exposeString("email"),
    firstName: t.exposeString("first_name", { nullable: true }),
    lastName: t.exposeString("last_name", { nullable: true }),
    avatarUrl: t.exposeString("avatar_url", { nullable: true }),
    ...recordFields(t),
  }),
});

export const InviteRef = builder.prismaNode("UserInvite", {
  ...liveNode,
  name: "Invite",
  authScopes: access.admin,
  fields: (t) => ({
    email: t.exposeString("email"),
    accepted: t.exposeBoolean("accepted"),
    expiresAt: t.expose("expires_at", { type: "DateTime" }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
  }),
});
