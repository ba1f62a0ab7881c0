import { createWorkflow, transform, WorkflowResponse } from "../../../../../src/framework/workflows/index.ts";
import { setAuthAppMetadataStep } from "../../../../../src/workflows/auth/steps/set-auth-app-metadata.ts";
import { createManagerStep, type CreateManagerStepInput } from "./steps/create-manager.ts";

export interface CreateManagerWorkflowInput {
  manager: CreateManagerStepInput;
  authIdentityId: string;
}

/**
 * The seed's `createManagerWorkflow`: create the manager, then record it on the auth identity
 * (`setAuthAppMetadataStep`); if that fails, compensation deletes the manager again.
 */
const createManagerWorkflow = createWorkflow("create-manager", (input: CreateManagerWorkflowInput) => {
  const manager = createManagerStep(input.manager);
  setAuthAppMetadataStep(
    transform({ manager, input }, ({ manager: m, input: i }) => ({
      authIdentityId: i.authIdentityId,
      actorType: "manager",
      value: m.id,
    })),
  );
  return new WorkflowResponse(manager);
});

export default createManagerWorkflow;
