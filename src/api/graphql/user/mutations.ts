import { z } from "zod";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { parseInput } from "../../../framework/graphql/inputs.ts";
import { DeleteInput, DeletePayload } from "../../../framework/graphql/payloads.ts";
import { UserError, withUserErrors, type UserErrorShape } from "../../../framework/graphql/user-errors.ts";
import type { Row } from "../../../framework/modules/service-factory.ts";
import { isRedacted } from "../../../framework/workflows/index.ts";
import { acceptInviteWorkflow } from "../../../workflows/user/accept-invite.ts";
import { createInvitesWorkflow } from "../../../workflows/user/create-invites.ts";
import { deleteUsersWorkflow } from "../../../workflows/user/delete-users.ts";
import { hashToken } from "../../../framework/crypto/tokens.ts";
import { idempotencyKeyDescription, runMutationWorkflow } from "../../../framework/graphql/run-workflow.ts";
import { InviteRef, UserRef } from "../../../modules/user/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";

const CreateInviteInput = builder.inputType("CreateInviteInput", {
  fields: (t) => ({
    email: t.string({ required: true }),
    idempotencyKey: t.string({
      description: `${idempotencyKeyDescription} A retry answers token: null (the token is shown once).`,
    }),
  }),
});
const AcceptInviteInput = builder.inputType("AcceptInviteInput", {
  fields: (t) => ({
    token: t.string({ required: true }),
    firstName: t.string(),
    lastName: t.string(),
    password: t.string({
      description:
        "Without credentials: the password of the new login for the invited email (the invite proves the address). With a registration token: omit it.",
    }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
const acceptSchema = z.object({
  token: z.string().min(1),
  firstName: z.string().trim().max(200).nullish(),
  lastName: z.string().trim().max(200).nullish(),
  password: z.string().nullish(),
});

type CreatedInvite = { invite?: Row<"UserInvite"> | null; token?: string | null; userErrors: UserErrorShape[] };
const CreateInvitePayload = builder.objectRef<CreatedInvite>("CreateInvitePayload").implement({
  fields: (t) => ({
    invite: t.field({ type: InviteRef, nullable: true, resolve: (p) => p.invite ?? null }),
    token: t.string({
      nullable: true,
      description: "The invite token, shown only here: send it to the invitee.",
      resolve: (p) => p.token ?? null,
    }),
    userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
  }),
});

type AcceptedInvite = { user?: Row<"User"> | null; userErrors: UserErrorShape[] };
const AcceptInvitePayload = builder.objectRef<AcceptedInvite>("AcceptInvitePayload").implement({
  fields: (t) => ({
    // The caller is not an admin yet: grant them their own new user.
    user: t.field({ type: UserRef, nullable: true, grantScopes: ["newUser"], resolve: (p) => p.user ?? null }),
    userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
  }),
});

builder.mutationFields((t) => ({
  createInvite: t.field({
    authScopes: access.admin,
    type: CreateInvitePayload,
    args: { input: t.arg({ type: CreateInviteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const [invite] = await runMutationWorkflow(
          createInvitesWorkflow,
          ctx.scope,
          { invites: [{ email: args.input.email }] },
          args.input.idempotencyKey,
        );
        if (!invite) throw new TesseraError(TesseraError.Types.UNEXPECTED_STATE, "No invite was created");
        // Re-read: a replay's result is the stored JSON. Its token is redacted: shown to the first call only.
        return {
          invite: await ctx.scope.resolve(Modules.USER).retrieveUserInvite(invite.id),
          token: isRedacted(invite.token) ? null : invite.token,
        };
      }),
  }),
  acceptInvite: t.field({
    authScopes: access.acceptingInvite,
    description:
      "Makes the invitee an admin user: either the caller's new auth identity (from /auth/user/emailpass/register and its link; then refresh the token), or, called without credentials, a new login for the invited email with `password` (then log in).",
    type: AcceptInvitePayload,
    args: { input: t.arg({ type: AcceptInviteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(acceptSchema, args.input);
        const authIdentityId = ctx.auth.authIdentityId;
        if (!authIdentityId && !input.password)
          throw new TesseraError(
            TesseraError.Types.INVALID_DATA,
            "A password is required to accept an invite without a registration token",
            { field: ["password"] },
          );
        if (authIdentityId && input.password)
          throw new TesseraError(
            TesseraError.Types.INVALID_DATA,
            "The registration token already has a password: omit it",
            { field: ["password"] },
          );
        const user = await runMutationWorkflow(
          acceptInviteWorkflow,
          ctx.scope,
          {
            invite: { token_hash: hashToken(input.token), first_name: input.firstName, last_name: input.lastName },
            authIdentityId,
            password: input.password,
          },
          args.input.idempotencyKey,
        );
        return { user };
      }),
  }),
  deleteUser: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        if (args.input.id === ctx.auth.actorId)
          throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "You cannot delete yourself", { field: ["id"] });
        await deleteUsersWorkflow(ctx.scope).run({ input: { ids: [args.input.id] } });
        return { deletedId: args.input.id };
      }),
  }),
}));
