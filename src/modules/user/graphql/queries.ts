import { access } from "../../../framework/graphql/auth-scopes.ts";
import { User, UserInvite } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { listInputs } from "../../../framework/graphql/list-inputs.ts";
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
  users: rootList(t, {
    type: UserRef,
    list: listInputs(User, { defaultOrder: { created_at: "ASC" } }),
    module: "user",
    authScopes: access.admin,
  }),
  invites: rootList(t, {
    type: InviteRef,
    model: UserInvite,
    module: "user",
    authScopes: access.admin,
    description: "Invites to become an admin user (admins only), oldest first.",
    args: {
      accepted: t.arg.boolean({ description: "true: only accepted invites; false: only pending ones; omitted: both." }),
    },
    filters: (args) => (args.accepted == null ? {} : { accepted: args.accepted }),
    order: () => ({ created_at: "ASC" }),
  }),
}));
