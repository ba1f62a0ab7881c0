import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import type { AdditionalData } from "../product/rows-workflows.ts";
import { createInvitesStep, type CreateInviteStepInput } from "./steps/create-invites.ts";

export interface CreateInvitesWorkflowInput {
  invites: CreateInviteStepInput[];
  additional_data?: AdditionalData;
}

/**
 * Medusa's `createInvitesWorkflow`: creates invites and emits `invite.created` with `{ id }`.
 * The result holds each invite's `token` for the caller, once (redacted from the stored run and
 * from a replay). Hook `invitesCreated` receives `{ invites, additional_data }` without the
 * tokens; if it throws, the invites are deleted and nothing is emitted.
 */
export const createInvitesWorkflow = createWorkflow(
  { name: "create-invites", redact: ["token"] },
  (input: CreateInvitesWorkflowInput) => {
    const issued = createInvitesStep(input.invites);
    const invites = transform({ issued }, ({ issued: list }) => list.map(({ token: _token, ...invite }) => invite));
    const created = createHook("invitesCreated", { invites, additional_data: input.additional_data });
    emitEventStep(
      transform({ invites }, ({ invites: list }) =>
        list.map((invite): EventMessage => ({ name: "invite.created", data: { id: invite.id } })),
      ),
    );
    return new WorkflowResponse(issued, { hooks: [created] });
  },
);
