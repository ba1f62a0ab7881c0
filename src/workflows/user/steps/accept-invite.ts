import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export interface AcceptInviteStepInput {
  /** The invite token's SHA-256, never the token: workflow executions are stored. */
  token_hash: string;
  first_name?: string | null;
  last_name?: string | null;
}

export const acceptInviteStepId = "accept-invite";

/** Turns a valid invite into a user and spends the invite; compensation deletes the user and reopens the invite. */
export const acceptInviteStep = createStep(
  acceptInviteStepId,
  async (input: AcceptInviteStepInput, { container }) => {
    const user = await container
      .resolve("user")
      .acceptInviteByHash(input.token_hash, { first_name: input.first_name, last_name: input.last_name });
    return new StepResponse(user, { userId: user.id, email: user.email });
  },
  async (created, { container }) => {
    const users = container.resolve("user");
    await users.deleteUsers([created.userId]);
    const [invite] = await users.listUserInvites({ email: created.email, accepted: true }, { take: 1 });
    if (invite) await users.updateUserInvites({ id: invite.id, accepted: false });
  },
);
