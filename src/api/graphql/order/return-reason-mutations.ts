import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId, zodJson } from "../../../framework/graphql/zod-input.ts";
import { modelRef } from "../../../framework/links/graphql-refs.ts";
import { Modules } from "../../../modules/index.ts";
import {
  createReturnReasonsWorkflow,
  deleteReturnReasonsWorkflow,
  updateReturnReasonsWorkflow,
} from "../../../workflows/order/index.ts";

const ReturnReasonPayload = payloadType("ReturnReasonPayload", "returnReason", modelRef("ReturnReason"));
const fields = {
  value: z.string().trim().min(1).max(100).describe('A machine value ("damaged", "wrong_size").'),
  label: z.string().trim().min(1).max(200).describe("What customers and admins read."),
  description: z.string().trim().max(1000).nullish().describe("More about the reason."),
  metadata: zodJson().nullish().describe("Free-form data."),
};

workflowMutation("createReturnReason", {
  access: access.admin,
  description: "Creates a reason customers give for returns.",
  input: { name: "CreateReturnReasonInput", schema: z.object(fields) },
  hooks: true,
  workflow: createReturnReasonsWorkflow,
  workflowInput: (input) => ({
    return_reasons: [{ ...input, description: input.description ?? null, metadata: input.metadata ?? null }],
  }),
  payload: ReturnReasonPayload,
  result: async ([created], _input, ctx) => ({
    returnReason: await ctx.scope.resolve(Modules.ORDER).retrieveReturnReason(created?.id ?? ""),
  }),
});

workflowMutation("updateReturnReason", {
  access: access.admin,
  description: "Changes a return reason's value, label or description.",
  input: {
    name: "UpdateReturnReasonInput",
    schema: z.object({
      id: zodId().describe("The return reason."),
      value: fields.value.optional(),
      label: fields.label.optional(),
      description: fields.description,
      metadata: fields.metadata,
    }),
  },
  hooks: true,
  workflow: updateReturnReasonsWorkflow,
  workflowInput: (input) => ({
    return_reasons: [
      Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && k !== "idempotencyKey")) as {
        id: string;
      },
    ],
  }),
  payload: ReturnReasonPayload,
  result: async (_output, input, ctx) => ({
    returnReason: await ctx.scope.resolve(Modules.ORDER).retrieveReturnReason(input.id),
  }),
});

deleteMutation("deleteReturnReason", {
  access: access.admin,
  description: "Deletes a return reason (returns that name it keep it).",
  workflow: deleteReturnReasonsWorkflow,
});
