import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export interface RevokeApiKeysStepInput {
  ids: string[];
  revoked_by: string | null;
}

export const revokeApiKeysStepId = "revoke-api-keys";

/** Revokes keys (revoking twice is NOT_ALLOWED); compensation makes them live again. */
export const revokeApiKeysStep = createStep(
  revokeApiKeysStepId,
  async (input: RevokeApiKeysStepInput, { container }) => {
    const revoked = await container.resolve("apiKey").revokeApiKeys(input.ids, input.revoked_by);
    return new StepResponse(
      revoked.map((key) => ({ id: key.id })),
      input.ids,
    );
  },
  async (ids, { container }) => {
    await container.resolve("apiKey").updateApiKeys(ids.map((id) => ({ id, revoked_at: null, revoked_by: null })));
  },
);
