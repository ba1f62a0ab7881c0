import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import type { EventMessage } from "../../framework/events/types.ts";
import { setAuthAppMetadataStep } from "../auth/steps/set-auth-app-metadata.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import type { AdditionalData } from "../product/rows-workflows.ts";
import { acceptInviteStep, type AcceptInviteStepInput } from "./steps/accept-invite.ts";

export interface AcceptInviteWorkflowInput {
  invite: AcceptInviteStepInput;
  authIdentityId: string;
  additional_data?: AdditionalData;
}

/**
 * Accepts an invite for an auth identity: creates the user, records it on the identity and
 * emits `user.created`. Hook `userCreated` receives `{ user, additional_data }`; if it (or any
 * step) throws, the user is deleted, the invite reopened and no event goes out.
 */
export const acceptInviteWorkflow = createWorkflow("accept-invite", (input: AcceptInviteWorkflowInput) => {
  const user = acceptInviteStep(input.invite);
  setAuthAppMetadataStep(transform({ user, input }, ({ user: u, input: i }) => ({ authIdentityId: i.authIdentityId, actorType: "user", value: u.id })));
  const created = createHook("userCreated", { user, additional_data: input.additional_data });
  emitEventStep(transform({ user }, ({ user: u }): EventMessage[] => [{ name: "user.created", data: { id: u.id } }]));
  return new WorkflowResponse(user, { hooks: [created] });
});
