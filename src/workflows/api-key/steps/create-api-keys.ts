import type { IssueApiKeyInput, PublicApiKey } from "../../../modules/api-key/service.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const createApiKeysStepId = "create-api-keys";

/** A key and its token: the token is redacted from the stored run (see createApiKeysWorkflow). */
export interface IssuedApiKey {
  apiKey: PublicApiKey;
  token: string;
}

/** Issues keys; compensation deletes them, so a key a later step refused never authenticates. */
export const createApiKeysStep = createStep(
  createApiKeysStepId,
  async (input: IssueApiKeyInput[], { container }) => {
    const issued: IssuedApiKey[] = await container.resolve("apiKey").issueApiKeys(input);
    return new StepResponse(
      issued,
      issued.map((key) => key.apiKey.id),
    );
  },
  async (ids, { container }) => {
    await container.resolve("apiKey").deleteApiKeys(ids);
  },
);
