import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";

export const UserRef = builder.prismaNode("User", {
  // Admins; and the one user acceptInvite just created, in its own payload.
  authScopes: { ...access.admin, $granted: "newUser" },
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    email: t.exposeString("email"),
    firstName: t.exposeString("first_name", { nullable: true }),
    lastName: t.exposeString("last_name", { nullable: true }),
    avatarUrl: t.exposeString("avatar_url", { nullable: true }),
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
  }),
});

export const InviteRef = builder.prismaNode("UserInvite", {
  name: "Invite",
  authScopes: access.admin,
  id: { field: "id" },
  findUnique: (id) => ({ id, deleted_at: null }),
  fields: (t) => ({
    email: t.exposeString("email"),
    accepted: t.exposeBoolean("accepted"),
    expiresAt: t.expose("expires_at", { type: "DateTime" }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
  }),
});
