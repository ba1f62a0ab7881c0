import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { registerAuthIdentityStep } from "../auth/steps/register-auth-identity.ts";
import { setAuthAppMetadataStep } from "../auth/steps/set-auth-app-metadata.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { createUsersStep } from "./steps/create-users.ts";

export interface CreateUserAccountWorkflowInput {
  /** Email and password; an email that already has a login must come with its password. Redacted from the stored run. */
  credentials: { email: string; password: string };
  first_name?: string | null;
  last_name?: string | null;
}

/**
 * An admin user with its email/password login, made by an operator (`tessera user`), not by an
 * invite. Emits `user.created`. Hook `userAccountCreated` receives `{ user }`; if it (or a step)
 * throws, the user and a login this run made are deleted and nothing is emitted.
 */
export const createUserAccountWorkflow = createWorkflow(
  { name: "create-user-account", redact: ["password", "provider_metadata"] },
  (input: CreateUserAccountWorkflowInput) => {
    const identity = registerAuthIdentityStep(
      transform({ input }, ({ input: i }) => ({ provider: "emailpass", credentials: i.credentials })),
    );
    const users = createUsersStep(
      transform({ input }, ({ input: i }) => [
        { email: i.credentials.email.trim().toLowerCase(), first_name: i.first_name, last_name: i.last_name },
      ]),
    );
    const user = transform({ users }, ({ users: list }) => list[0] as (typeof list)[number]);
    setAuthAppMetadataStep(
      transform({ user, identity }, ({ user: u, identity: id }) => ({
        authIdentityId: id.id,
        actorType: "user",
        value: u.id,
      })),
    );
    const created = createHook("userAccountCreated", { user });
    emitEventStep(transform({ user }, ({ user: u }): EventMessage[] => [{ name: "user.created", data: { id: u.id } }]));
    return new WorkflowResponse(
      transform({ user, identity }, ({ user: u, identity: id }) => ({ user: u, authIdentityId: id.id })),
      { hooks: [created] },
    );
  },
);
