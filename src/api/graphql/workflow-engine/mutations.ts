import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { type ZodInput, zodInput } from "../../../framework/graphql/zod-input.ts";
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

/** A mutation that settles a waiting async step (admin-only: it resumes or rolls back a long-running workflow). */
function stepMutation<S extends typeof keySchema>(
  field: string,
  spec: {
    description: string;
    input: ZodInput<S>;
    inputDescription: string;
    settle: "setStepSuccess" | "setStepFailure";
    response: (input: z.output<S>) => unknown;
  },
) {
  inputMutation(field, {
    payload: WorkflowStepPayload,
    access: access.admin,
    description: spec.description,
    input: spec.input,
    inputDescription: spec.inputDescription,
    resolve: async (input, ctx) => {
      const key = { workflowId: input.workflowId, transactionId: input.transactionId, stepId: input.stepId };
      const engine = ctx.scope.resolve(Modules.WORKFLOW_ENGINE);
      await engine[spec.settle]({
        idempotencyKey: { action: "invoke", ...key },
        stepResponse: new StepResponse(spec.response(input)),
        options: { container: ctx.scope, throwOnError: false },
      });
      return { execution: await engine.getExecution(key.workflowId, key.transactionId) };
    },
  });
}

stepMutation("setWorkflowStepSuccess", {
  description: "Completes a waiting async step with `response` as its output; the workflow runs on.",
  input: SetWorkflowStepSuccessInput,
  inputDescription: "The waiting step and its output.",
  settle: "setStepSuccess",
  response: (input) => input.response ?? null,
});
stepMutation("setWorkflowStepFailure", {
  description: "Fails a waiting async step; the workflow compensates what it did.",
  input: SetWorkflowStepFailureInput,
  inputDescription: "The waiting step and why it failed.",
  settle: "setStepFailure",
  response: (input) => input.error ?? "Failed",
});
