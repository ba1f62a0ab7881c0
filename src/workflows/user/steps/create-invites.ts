import type { IssuedInvite } from "../../../modules/user/service.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export interface CreateInviteStepInput {
  email: string;
  metadata?: Record<string, unknown>;
}

export const createInvitesStepId = "create-invites";

/** Creates invites (each with its token, for the caller only); compensation deletes them. */
export const createInvitesStep = createStep(
  createInvitesStepId,
  async (input: CreateInviteStepInput[], { container }) => {
    const invites: IssuedInvite[] = await container.resolve("user").createInvites(input);
    return new StepResponse(
      invites,
      invites.map((invite) => invite.id),
    );
  },
  async (ids, { container }) => {
    await container.resolve("user").deleteUserInvites(ids);
  },
);
