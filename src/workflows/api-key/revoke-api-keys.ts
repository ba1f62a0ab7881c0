import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { revokeApiKeysStep, type RevokeApiKeysStepInput } from "./steps/revoke-api-keys.ts";

/**
 * Revokes API keys and emits `api_key.revoked`. Hook `apiKeysRevoked` receives `{ ids }`; if it
 * throws, the keys work again and nothing is emitted.
 */
export const revokeApiKeysWorkflow = createWorkflow("revoke-api-keys", (input: RevokeApiKeysStepInput) => {
  const keys = revokeApiKeysStep(input);
  const ids = transform({ keys }, ({ keys: list }) => list.map((key) => key.id));
  const revoked = createHook("apiKeysRevoked", { ids });
  emitEventStep(
    transform({ ids }, ({ ids: list }) => list.map((id): EventMessage => ({ name: "api_key.revoked", data: { id } }))),
  );
  return new WorkflowResponse(ids, { hooks: [revoked] });
});
