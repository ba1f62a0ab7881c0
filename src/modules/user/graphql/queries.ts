import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { resolveCountedConnection } from "../../../framework/graphql/connection.ts";
import { connectionNodeQuery } from "../../../framework/graphql/node-query.ts";
import { InviteRef, UserRef } from "./types.ts";

builder.queryFields((t) => ({
  currentUser: t.prismaField({
    authScopes: access.admin,
    type: UserRef,
    nullable: true,
    description: "The logged-in admin user; null for a secret API key (it has no user).",
    resolve: async (query, _root, _args, ctx) => {
      if (ctx.auth.actorType !== "user" || !ctx.auth.actorId) return null;
      const [user] = await ctx.scope
        .resolve("user")
        .listUsers({ id: ctx.auth.actorId }, { take: 1, prismaQuery: query });
      return user ?? null;
    },
  }),
  users: t.connection(
    {
      authScopes: access.admin,
      type: UserRef,
      args: { search: t.arg.string() },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) =>
          ctx.scope
            .resolve("user")
            .listAndCountUsers(
              { q: args.search ?? undefined },
              { skip, take, order: { created_at: "ASC" }, prismaQuery: connectionNodeQuery(ctx, info) },
            ),
        ),
    },
    { name: "UserConnection" },
    { name: "UserEdge" },
  ),
  invites: t.connection(
    {
      authScopes: access.admin,
      type: InviteRef,
      args: { accepted: t.arg.boolean() },
      resolve: (_root, args, ctx, info) =>
        resolveCountedConnection(args, ({ skip, take }) =>
          ctx.scope.resolve("user").listAndCountUserInvites(args.accepted == null ? {} : { accepted: args.accepted }, {
            skip,
            take,
            order: { created_at: "ASC" },
            prismaQuery: connectionNodeQuery(ctx, info),
          }),
        ),
    },
    { name: "InviteConnection" },
    { name: "InviteEdge" },
  ),
}));
