import type { EventMessage } from "../../framework/events/types.ts";
import type { IssueApiKeyInput } from "../../modules/api-key/service.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import type { AdditionalData } from "../product/rows-workflows.ts";
import { createApiKeysStep } from "./steps/create-api-keys.ts";

export interface CreateApiKeysWorkflowInput {
  api_keys: IssueApiKeyInput[];
  additional_data?: AdditionalData;
}

/**
 * Medusa's `createApiKeysWorkflow`: issues keys and emits `api_key.created` with `{ id }`. The
 * result holds each key's `token` for the caller, once: `token` is redacted from the stored run,
 * its events and a replay's result. Hook `apiKeysCreated` receives `{ apiKeys, additional_data }`
 * (never the tokens); if it throws, the keys are deleted and nothing is emitted.
 */
export const createApiKeysWorkflow = createWorkflow(
  { name: "create-api-keys", redact: ["token"] },
  (input: CreateApiKeysWorkflowInput) => {
    const issued = createApiKeysStep(input.api_keys);
    const apiKeys = transform({ issued }, ({ issued: list }) => list.map((key) => key.apiKey));
    const created = createHook("apiKeysCreated", { apiKeys, additional_data: input.additional_data });
    emitEventStep(
      transform({ apiKeys }, ({ apiKeys: list }) =>
        list.map((key): EventMessage => ({ name: "api_key.created", data: { id: key.id } })),
      ),
    );
    return new WorkflowResponse(issued, { hooks: [created] });
  },
);
