import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export interface VerifyRegistrationStepInput {
  provider: string;
  actor_type: string;
  token: string;
}

export const verifyRegistrationStepId = "verify-registration";

/**
 * Creates the identity a verification token confirms; compensation deletes it and makes the
 * address's links usable again.
 */
export const verifyRegistrationStep = createStep(
  verifyRegistrationStepId,
  async (input: VerifyRegistrationStepInput, { container }) => {
    const { identity, spent_ids } = await container
      .resolve("auth")
      .verifyRegistration(input.provider, input.token, input.actor_type);
    return new StepResponse(identity, { auth_identity_id: identity.id, spent_ids });
  },
  async (undo, { container }) => {
    if (undo) await container.resolve("auth").undoVerifyRegistration(undo);
  },
);
