import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export interface ResetPasswordStepInput {
  provider: string;
  token: string;
  password: string;
}

export const resetPasswordStepId = "reset-password";

/** Sets a new password with a reset token (spending it); compensation puts the old secret and tokens back. */
export const resetPasswordStep = createStep(
  resetPasswordStepId,
  async (input: ResetPasswordStepInput, { container }) => {
    const undo = await container.resolve("auth").resetPassword(input.provider, input.token, input.password);
    return new StepResponse({ provider_identity_id: undo.provider_identity_id }, undo);
  },
  async (undo, { container }) => {
    await container.resolve("auth").undoResetPassword(undo);
  },
);
