import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export interface RegisterAuthIdentityStepInput {
  provider: string;
  /** The credentials as posted (`{ email, password }` for emailpass): redacted from the stored run. */
  credentials: Record<string, unknown>;
}

export const registerAuthIdentityStepId = "register-auth-identity";

/**
 * Registers credentials with a provider (a known identifier only with its secret, else
 * UNAUTHORIZED); compensation deletes the identity if this step created it.
 */
export const registerAuthIdentityStep = createStep(
  registerAuthIdentityStepId,
  async (input: RegisterAuthIdentityStepInput, { container }) => {
    const { identity, created } = await container.resolve("auth").registerIdentity(input.provider, input.credentials);
    return new StepResponse(identity, created ? identity.id : null);
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve("auth").deleteAuthIdentities([createdId]);
  },
);
