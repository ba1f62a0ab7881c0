import type { EventMessage } from "../../framework/events/types.ts";
import {
  createHook,
  createWorkflow,
  type Hook,
  transform,
  type WorkflowData,
  WorkflowResponse,
} from "../../framework/workflows/index.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { registerAuthIdentityStep, type RegisterAuthIdentityStepInput } from "./steps/register-auth-identity.ts";
import { requestRegistrationStep, type RequestRegistrationStepInput } from "./steps/request-registration.ts";
import { verifyRegistrationStep, type VerifyRegistrationStepInput } from "./steps/verify-registration.ts";
import { generateResetTokenStep, type GenerateResetTokenStepInput } from "./steps/reset-password-token.ts";
import { resetPasswordStep, type ResetPasswordStepInput } from "./steps/reset-password.ts";
import { changePasswordStep, type ChangePasswordStepInput } from "./steps/change-credentials.ts";

// Secrets these runs hold: posted passwords, reset tokens, and the stored password hash an undo keeps.
const redact = ["password", "secret", "token", "provider_metadata"];

/** A workflow's answer with the identity it made and hook `authIdentityRegistered` (`{ auth_identity_id, actor_type }`). */
function registered<R extends { id: string }>(identity: WorkflowData<R>, input: { actor_type: string }) {
  const hook = createHook(
    "authIdentityRegistered",
    transform({ identity, input }, ({ identity: i, input: x }) => ({
      auth_identity_id: i.id,
      actor_type: x.actor_type,
    })),
  );
  return new WorkflowResponse(identity, { hooks: [hook] as const });
}

/** Emits a step's events after `hook` ran (a throwing hook emits nothing); the answer is how many. */
function emitted<const H extends Hook<string, unknown>>(events: WorkflowData<EventMessage[]>, hook: H) {
  emitEventStep(events);
  return new WorkflowResponse(
    transform({ events }, ({ events: list }) => list.length),
    { hooks: [hook] as const },
  );
}

/**
 * `POST /auth/:actor_type/:provider/register`. Hook `authIdentityRegistered` receives
 * `{ auth_identity_id, actor_type }`; if it throws, a new identity is deleted again.
 */
export const registerAuthIdentityWorkflow = createWorkflow(
  { name: "register-auth-identity", redact },
  (input: RegisterAuthIdentityStepInput & { actor_type: string }) => registered(registerAuthIdentityStep(input), input),
);

/**
 * `POST /auth/:actor_type/:provider/register` when the actor type verifies emails: a pending
 * registration and `auth.email_verification` (token redacted from the stored run), or
 * `auth.account_exists` for a taken email. Hook `registrationRequested` receives
 * `{ entity_id, actor_type }`; if it throws, nothing is kept and nothing is emitted.
 */
export const requestRegistrationWorkflow = createWorkflow(
  { name: "request-registration", redact },
  (input: RequestRegistrationStepInput) => {
    const events = requestRegistrationStep(input);
    const requested = createHook(
      "registrationRequested",
      transform({ events, input }, ({ events: list, input: i }) => ({
        entity_id: String((list[0]?.data as { entity_id?: string } | undefined)?.entity_id ?? ""),
        actor_type: i.actor_type,
      })),
    );
    return emitted(events, requested);
  },
);

/**
 * `POST /auth/:actor_type/:provider/verify`: the identity a verification link confirms. Hook
 * `authIdentityRegistered` receives `{ auth_identity_id, actor_type }` (as after an immediate
 * registration); if it throws, the identity is deleted and the link works again.
 */
export const verifyRegistrationWorkflow = createWorkflow(
  { name: "verify-registration", redact },
  (input: VerifyRegistrationStepInput) => registered(verifyRegistrationStep(input), input),
);

/**
 * Medusa's `generateResetPasswordTokenWorkflow`: for a known identifier, a single-use token and
 * `auth.password_reset` with `{ entity_id, token, actor_type }` (the token is redacted from the
 * stored run); nothing for an unknown one. Hook `resetPasswordTokenGenerated` receives
 * `{ entity_id, actor_type }`; if it throws, the token is deleted and nothing is emitted.
 */
export const generateResetPasswordTokenWorkflow = createWorkflow(
  { name: "generate-reset-password-token", redact },
  (input: GenerateResetTokenStepInput) => {
    const events = generateResetTokenStep(input);
    const generated = createHook(
      "resetPasswordTokenGenerated",
      transform({ input }, ({ input: i }) => ({
        entity_id: i.identifier.trim().toLowerCase(),
        actor_type: i.actor_type,
      })),
    );
    return emitted(events, generated);
  },
);

/**
 * `POST /auth/:actor_type/:provider/update`: sets a new password with a reset token. Hook
 * `passwordReset` receives `{ provider_identity_id }`; if it throws, the old password and the
 * token work again.
 */
export const resetPasswordWorkflow = createWorkflow(
  { name: "reset-password", redact },
  (input: ResetPasswordStepInput) => {
    const reset = resetPasswordStep(input);
    const hook = createHook("passwordReset", reset);
    return new WorkflowResponse(reset, { hooks: [hook] });
  },
);

/**
 * A logged-in password change (the caller proved the current password): sets the new one and
 * spends outstanding reset tokens. Hook `passwordChanged` receives `{ provider_identity_id }`; if
 * it throws, the old password and tokens work again.
 */
export const changePasswordWorkflow = createWorkflow(
  { name: "change-password", redact },
  (input: ChangePasswordStepInput) => {
    const changed = changePasswordStep(input);
    const hook = createHook("passwordChanged", changed);
    return new WorkflowResponse(changed, { hooks: [hook] });
  },
);
