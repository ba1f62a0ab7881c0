import { z } from "zod";
import { hashToken } from "../../../framework/crypto/tokens.ts";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { shownOnce, tokenPayloadType } from "../../../framework/graphql/payloads.ts";
import { idempotencyKeyDescription } from "../../../framework/graphql/run-workflow.ts";
import { UserError, type UserErrorShape } from "../../../framework/graphql/user-errors.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import type { Row } from "../../../framework/modules/service-factory.ts";
import { Modules } from "../../../modules/index.ts";
import { InviteRef, UserRef } from "../../../modules/user/graphql/types.ts";
import { acceptInviteWorkflow } from "../../../workflows/user/accept-invite.ts";
import { createInvitesWorkflow } from "../../../workflows/user/create-invites.ts";
import { deleteUsersWorkflow } from "../../../workflows/user/delete-users.ts";

const createInviteSchema = z.object({
  email: z.string().describe("The invitee's email; the invite is valid for this address only."),
  idempotencyKey: z
    .string()
    .nullish()
    .describe(`${idempotencyKeyDescription} A retry answers token: null (the token is shown once).`),
});
const acceptSchema = z.object({
  token: z.string().min(1).describe("The invite token from createInvite."),
  firstName: z.string().trim().max(200).nullish().describe("The new user's first name."),
  lastName: z.string().trim().max(200).nullish().describe("The new user's last name."),
  password: z
    .string()
    .nullish()
    .describe(
      "Without credentials: the password of the new login for the invited email (the invite proves the address). With a registration token: omit it.",
    ),
});

const CreateInvitePayload = tokenPayloadType(
  "CreateInvitePayload",
  "invite",
  InviteRef,
  "The invite token, shown only here: send it to the invitee.",
);

type AcceptedInvite = { user?: Row<"User"> | null; userErrors: UserErrorShape[] };
const AcceptInvitePayload = builder.objectRef<AcceptedInvite>("AcceptInvitePayload").implement({
  fields: (t) => ({
    // The caller is not an admin yet: grant them their own new user.
    user: t.field({ type: UserRef, nullable: true, grantScopes: ["newUser"], resolve: (p) => p.user ?? null }),
    userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
  }),
});

workflowMutation("createInvite", {
  access: access.admin,
  description: "Invites an admin user by email; the token is shown in this answer only.",
  input: { name: "CreateInviteInput", schema: createInviteSchema },
  workflow: createInvitesWorkflow,
  workflowInput: ({ email }) => ({ invites: [{ email }] }),
  payload: CreateInvitePayload,
  result: async ([invite], _input, ctx) => {
    if (!invite) throw new TesseraError(TesseraError.Types.UNEXPECTED_STATE, "No invite was created");
    // Re-read: a replay's result is the stored JSON.
    return {
      invite: await ctx.scope.resolve(Modules.USER).retrieveUserInvite(invite.id),
      token: shownOnce(invite.token),
    };
  },
});

workflowMutation("acceptInvite", {
  access: access.acceptingInvite,
  description:
    "Makes the invitee an admin user: either the caller's new auth identity (from /auth/user/emailpass/register and its link; then refresh the token), or, called without credentials, a new login for the invited email with `password` (then log in).",
  input: { name: "AcceptInviteInput", schema: acceptSchema },
  workflow: acceptInviteWorkflow,
  workflowInput: (input, ctx) => {
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
        {
          field: ["password"],
        },
      );
    return {
      invite: { token_hash: hashToken(input.token), first_name: input.firstName, last_name: input.lastName },
      authIdentityId,
      password: input.password,
    };
  },
  payload: AcceptInvitePayload,
  result: (user) => ({ user }),
});

deleteMutation("deleteUser", {
  access: access.admin,
  description: "Deletes an admin user (not yourself).",
  workflow: deleteUsersWorkflow,
  idempotent: false,
  guard: (id, ctx) => {
    if (id === ctx.auth.actorId)
      throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "You cannot delete yourself", { field: ["id"] });
  },
});
