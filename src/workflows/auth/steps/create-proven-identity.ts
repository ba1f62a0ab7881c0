import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export interface CreateProvenIdentityStepInput {
  /** An identity already made (the caller registered): the step passes it on and creates nothing. */
  authIdentityId?: string | null;
  provider: string;
  /** Whose address the caller proved (by holding an invite mailed to it). */
  email: string;
  /** Redacted from the stored run. */
  password?: string | null;
}

export const createProvenIdentityStepId = "create-proven-identity";

/**
 * The auth identity an actor is created for: the caller's own, or a new one for an address the
 * caller proved (an invite), with the password they chose. Compensation deletes a new one.
 */
export const createProvenIdentityStep = createStep(
  createProvenIdentityStepId,
  async (input: CreateProvenIdentityStepInput, { container }) => {
    if (input.authIdentityId) return new StepResponse(input.authIdentityId, null);
    const identity = await container
      .resolve("auth")
      .createProvenIdentity(input.provider, { email: input.email, password: input.password ?? "" });
    return new StepResponse(identity.id, identity.id);
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve("auth").deleteAuthIdentities([createdId]);
  },
);
