import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export interface ChangePasswordStepInput {
  auth_identity_id: string;
  provider: string;
  password: string;
}

export const changePasswordStepId = "change-password";

/** Sets a logged-in identity's new password (spending its reset tokens); compensation puts the old secret and tokens back. */
export const changePasswordStep = createStep(
  changePasswordStepId,
  async (input: ChangePasswordStepInput, { container }) => {
    const undo = await container.resolve("auth").changePassword(input.auth_identity_id, input.provider, input.password);
    return new StepResponse({ provider_identity_id: undo.provider_identity_id }, undo);
  },
  async (undo, { container }) => {
    await container.resolve("auth").undoResetPassword(undo);
  },
);

export interface ChangeIdentifierStepInput {
  auth_identity_id: string;
  provider: string;
  email: string;
}

export const changeIdentifierStepId = "change-identifier";

/** Moves a logged-in identity's credentials to a new email (DUPLICATE when taken); compensation moves them back. */
export const changeIdentifierStep = createStep(
  changeIdentifierStepId,
  async (input: ChangeIdentifierStepInput, { container }) => {
    const undo = await container.resolve("auth").changeIdentifier(input.auth_identity_id, input.provider, input.email);
    return new StepResponse({ provider_identity_id: undo.provider_identity_id }, undo);
  },
  async (undo, { container }) => {
    await container.resolve("auth").undoChangeIdentifier(undo);
  },
);
