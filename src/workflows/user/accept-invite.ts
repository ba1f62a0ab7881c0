import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import type { EventMessage } from "../../framework/events/types.ts";
import { createProvenIdentityStep } from "../auth/steps/create-proven-identity.ts";
import { setAuthAppMetadataStep } from "../auth/steps/set-auth-app-metadata.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import type { AdditionalData } from "../product/rows-workflows.ts";
import { acceptInviteStep, type AcceptInviteStepInput } from "./steps/accept-invite.ts";

export interface AcceptInviteWorkflowInput {
  invite: AcceptInviteStepInput;
  /** The caller's registered identity; without one, `password` makes an emailpass identity for the invited email. */
  authIdentityId: string | null;
  password?: string | null;
  additional_data?: AdditionalData;
}

/**
 * Accepts an invite for an auth identity (the caller's, or a new emailpass one with `password`:
 * the invite was mailed to its address, which proves it): creates the user, records it on the
 * identity and emits `user.created`. Hook `userCreated` receives `{ user, additional_data }`;
 * if it (or any step) throws, the user and a new identity are deleted, the invite reopened and
 * no event goes out.
 */
export const acceptInviteWorkflow = createWorkflow(
  { name: "accept-invite", redact: ["password"] },
  (input: AcceptInviteWorkflowInput) => {
    const user = acceptInviteStep(input.invite);
    const authIdentityId = createProvenIdentityStep(
      transform({ user, input }, ({ user: u, input: i }) => ({
        authIdentityId: i.authIdentityId,
        provider: "emailpass",
        email: u.email,
        password: i.password,
      })),
    );
    setAuthAppMetadataStep(
      transform({ user, authIdentityId }, ({ user: u, authIdentityId: id }) => ({
        authIdentityId: id,
        actorType: "user",
        value: u.id,
      })),
    );
    const created = createHook("userCreated", { user, additional_data: input.additional_data });
    emitEventStep(transform({ user }, ({ user: u }): EventMessage[] => [{ name: "user.created", data: { id: u.id } }]));
    return new WorkflowResponse(user, { hooks: [created] });
  },
);
