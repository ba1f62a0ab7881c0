import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { zodInput } from "../../../framework/graphql/zod-input.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { inputMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { StepResponse } from "../../../framework/workflows/index.ts";
import { WorkflowExecutionRef } from "../../../modules/workflow-engine/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";

const keySchema = z.object({
  workflowId: z.string().min(1).describe("The workflow's id (its name)."),
  transactionId: z.string().min(1).describe("The run's transaction id."),
  stepId: z.string().min(1).describe("The id of the waiting async step."),
});
const SetWorkflowStepSuccessInput = zodInput(
  "SetWorkflowStepSuccessInput",
  keySchema.extend({ response: z.unknown().optional().describe("The step's output.") }),
);
const SetWorkflowStepFailureInput = zodInput(
  "SetWorkflowStepFailureInput",
  keySchema.extend({ error: z.string().nullish().describe("Why the step failed.") }),
);
const WorkflowStepPayload = payloadType("WorkflowStepPayload", "execution", WorkflowExecutionRef);

// Admin-only: these resume or roll back long-running workflows.
inputMutation("setWorkflowStepSuccess", {
  payload: WorkflowStepPayload,
  access: access.admin,
  description: "Completes a waiting async step with `response` as its output; the workflow runs on.",
  input: SetWorkflowStepSuccessInput,
  inputDescription: "The waiting step and its output.",
  resolve: async ({ response, ...key }, ctx) => {
    const engine = ctx.scope.resolve(Modules.WORKFLOW_ENGINE);
    await engine.setStepSuccess({
      idempotencyKey: { action: "invoke", ...key },
      stepResponse: new StepResponse(response ?? null),
      options: { container: ctx.scope, throwOnError: false },
    });
    return { execution: await engine.getExecution(key.workflowId, key.transactionId) };
  },
});
inputMutation("setWorkflowStepFailure", {
  payload: WorkflowStepPayload,
  access: access.admin,
  description: "Fails a waiting async step; the workflow compensates what it did.",
  input: SetWorkflowStepFailureInput,
  inputDescription: "The waiting step and why it failed.",
  resolve: async ({ error, ...key }, ctx) => {
    const engine = ctx.scope.resolve(Modules.WORKFLOW_ENGINE);
    await engine.setStepFailure({
      idempotencyKey: { action: "invoke", ...key },
      stepResponse: new StepResponse(error ?? "Failed"),
      options: { container: ctx.scope, throwOnError: false },
    });
    return { execution: await engine.getExecution(key.workflowId, key.transactionId) };
  },
});
