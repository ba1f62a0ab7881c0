import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
import { zodId, zodJson } from "../../../framework/graphql/zod-input.ts";
import { modelRef } from "../../../framework/links/graphql-refs.ts";
import { Modules } from "../../../modules/index.ts";
import {
  createReturnReasonsWorkflow,
  deleteReturnReasonsWorkflow,
  updateReturnReasonsWorkflow,
} from "../../../workflows/order/index.ts";

const fields = {
  value: z.string().trim().min(1).max(100).describe('A machine value ("damaged", "wrong_size").'),
  label: z.string().trim().min(1).max(200).describe("What customers and admins read."),
  description: z.string().trim().max(1000).nullish().describe("More about the reason."),
  metadata: zodJson().nullish().describe("Free-form data."),
};

recordMutations("ReturnReason", {
  ref: modelRef("ReturnReason"),
  access: access.admin,
  batch: "return_reasons",
  hooks: true,
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.ORDER).retrieveReturnReason(id),
  create: {
    description: "Creates a reason customers give for returns.",
    schema: z.object(fields),
    workflow: createReturnReasonsWorkflow,
    row: (input) => ({ ...input, description: input.description ?? null, metadata: input.metadata ?? null }),
  },
  update: {
    description: "Changes a return reason's value, label or description.",
    schema: z.object({
      id: zodId().describe("The return reason."),
      value: fields.value.optional(),
      label: fields.label.optional(),
      description: fields.description,
      metadata: fields.metadata,
    }),
    workflow: updateReturnReasonsWorkflow,
    row: (input) =>
      Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && k !== "idempotencyKey")) as {
        id: string;
      },
  },
  delete: {
    description: "Deletes a return reason (returns that name it keep it).",
    workflow: deleteReturnReasonsWorkflow,
  },
});
