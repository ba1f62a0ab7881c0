import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder, type InputFieldBuilder } from "../../../framework/graphql/builder.ts";
import { parseInput } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { StepResponse } from "../../../framework/workflows/index.ts";
import { WorkflowExecutionRef } from "../../../modules/workflow-engine/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";

const keySchema = z.object({
  workflowId: z.string().min(1),
  transactionId: z.string().min(1),
  stepId: z.string().min(1),
});

const keyFields = (t: InputFieldBuilder) => ({
  workflowId: t.string({ required: true }),
  transactionId: t.string({ required: true }),
  stepId: t.string({ required: true, description: "The id of the waiting async step." }),
});

const SetWorkflowStepSuccessInput = builder.inputType("SetWorkflowStepSuccessInput", {
  fields: (t) => ({ ...keyFields(t), response: t.field({ type: "JSON", description: "The step's output." }) }),
});
const SetWorkflowStepFailureInput = builder.inputType("SetWorkflowStepFailureInput", {
  fields: (t) => ({ ...keyFields(t), error: t.string({ description: "Why the step failed." }) }),
});
const WorkflowStepPayload = payloadType("WorkflowStepPayload", "execution", WorkflowExecutionRef);

// Admin-only: these resume or roll back long-running workflows.
builder.mutationFields((t) => ({
  setWorkflowStepSuccess: t.field({
    type: WorkflowStepPayload,
    authScopes: access.admin,
    description: "Completes a waiting async step with `response` as its output; the workflow runs on.",
    args: { input: t.arg({ type: SetWorkflowStepSuccessInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const key = parseInput(keySchema, args.input);
        const engine = ctx.scope.resolve(Modules.WORKFLOW_ENGINE);
        await engine.setStepSuccess({
          idempotencyKey: { action: "invoke", ...key },
          stepResponse: new StepResponse(args.input.response ?? null),
          options: { container: ctx.scope, throwOnError: false },
        });
        return { execution: await engine.getExecution(key.workflowId, key.transactionId) };
      }),
  }),
  setWorkflowStepFailure: t.field({
    type: WorkflowStepPayload,
    authScopes: access.admin,
    description: "Fails a waiting async step; the workflow compensates what it did.",
    args: { input: t.arg({ type: SetWorkflowStepFailureInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const key = parseInput(keySchema, args.input);
        const engine = ctx.scope.resolve(Modules.WORKFLOW_ENGINE);
        await engine.setStepFailure({
          idempotencyKey: { action: "invoke", ...key },
          stepResponse: new StepResponse(args.input.error ?? "Failed"),
          options: { container: ctx.scope, throwOnError: false },
        });
        return { execution: await engine.getExecution(key.workflowId, key.transactionId) };
      }),
  }),
}));
