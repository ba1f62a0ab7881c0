import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { registerAuthIdentityStep, type RegisterAuthIdentityStepInput } from "./steps/register-auth-identity.ts";
import { generateResetTokenStep, type GenerateResetTokenStepInput } from "./steps/reset-password-token.ts";
import { resetPasswordStep, type ResetPasswordStepInput } from "./steps/reset-password.ts";

// Secrets these runs hold: posted passwords, reset tokens, and the stored password hash an undo keeps.
const redact = ["password", "secret", "token", "provider_metadata"];

/**
 * `POST /auth/:actor_type/:provider/register`. Hook `authIdentityRegistered` receives
 * `{ auth_identity_id, actor_type }`; if it throws, a new identity is deleted again.
 */
export const registerAuthIdentityWorkflow = createWorkflow({ name: "register-auth-identity", redact }, (input: RegisterAuthIdentityStepInput & { actor_type: string }) => {
  const identity = registerAuthIdentityStep(input);
  const registered = createHook("authIdentityRegistered", transform({ identity, input }, ({ identity: i, input: x }) => ({ auth_identity_id: i.id, actor_type: x.actor_type })));
  return new WorkflowResponse(identity, { hooks: [registered] });
});

/**
 * Medusa's `generateResetPasswordTokenWorkflow`: for a known identifier, a single-use token and
 * `auth.password_reset` with `{ entity_id, token, actor_type }` (the token is redacted from the
 * stored run); nothing for an unknown one. Hook `resetPasswordTokenGenerated` receives
 * `{ entity_id, actor_type }`; if it throws, the token is deleted and nothing is emitted.
 */
export const generateResetPasswordTokenWorkflow = createWorkflow({ name: "generate-reset-password-token", redact }, (input: GenerateResetTokenStepInput) => {
  const events = generateResetTokenStep(input);
  const generated = createHook("resetPasswordTokenGenerated", transform({ input }, ({ input: i }) => ({ entity_id: i.identifier.trim().toLowerCase(), actor_type: i.actor_type })));
  emitEventStep(events);
  return new WorkflowResponse(transform({ events }, ({ events: list }) => list.length), { hooks: [generated] });
});

/**
 * `POST /auth/:actor_type/:provider/update`: sets a new password with a reset token. Hook
 * `passwordReset` receives `{ provider_identity_id }`; if it throws, the old password and the
 * token work again.
 */
export const resetPasswordWorkflow = createWorkflow({ name: "reset-password", redact }, (input: ResetPasswordStepInput) => {
  const reset = resetPasswordStep(input);
  const hook = createHook("passwordReset", reset);
  return new WorkflowResponse(reset, { hooks: [hook] });
});
