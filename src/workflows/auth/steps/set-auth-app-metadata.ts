import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export interface SetAuthAppMetadataStepInput {
  authIdentityId: string;
  actorType: string;
  /** The actor's id; null removes the registration. */
  value: string | null;
}

export const setAuthAppMetadataStepId = "set-auth-app-metadata";

/**
 * Medusa's `setAuthAppMetadataStep`: records that the auth identity is registered as
 * `actorType` with id `value`. Compensation puts back the actor id it replaced.
 */
export const setAuthAppMetadataStep = createStep(
  setAuthAppMetadataStepId,
  async (input: SetAuthAppMetadataStepInput, { container }) => {
    const auth = container.resolve("auth");
    const before =
      auth.authContextFor(await auth.retrieveAuthIdentity(input.authIdentityId), input.actorType).actor_id || null;
    await auth.setAppMetadata(input.authIdentityId, input.actorType, input.value);
    return new StepResponse(input, { ...input, value: before });
  },
  async (previous, { container }) => {
    await container.resolve("auth").setAppMetadata(previous.authIdentityId, previous.actorType, previous.value);
  },
);
