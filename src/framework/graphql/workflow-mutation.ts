import type { OutputRef } from "@pothos/core";
import { z } from "zod";
import type { TesseraContainer } from "../container/container.ts";
import type { WorkflowRunner } from "../workflows/index.ts";
import type { ScopeMap } from "./auth-scopes.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { parseInput } from "./inputs.ts";
import { DeletePayload } from "./payloads.ts";
import { IdempotentDeleteInput, idempotencyKeyDescription, runMutationWorkflow } from "./run-workflow.ts";
import type { UserErrorShape } from "./user-errors.ts";
import { withUserErrors } from "./user-errors.ts";
import { zodInput, zodJson } from "./zod-input.ts";

const additionalDataDescription = "Passed to the workflow's hooks as additional_data.";

/** The fields every workflow-backed input adds: a retry key and, for hookable flows, hook data. */
const workflowInputShape = {
  idempotencyKey: z.string().nullish().describe(idempotencyKeyDescription),
};
const hookInputShape = {
  additionalData: zodJson().nullish().describe(additionalDataDescription),
};

type WorkflowFactory<I, O> = (container: TesseraContainer) => WorkflowRunner<I, O>;
type PayloadFields<P> = Omit<P, "userErrors">;

export interface WorkflowMutationSpec<S extends z.ZodObject, WI, WO, P extends { userErrors: UserErrorShape[] }> {
  description: string;
  access: ScopeMap;
  /** The input type's name and its fields, declared once in zod (validation and GraphQL type both come from it). */
  input: { name: string; schema: S; description?: string };
  /** Adds `additionalData`, passed to the workflow as `additional_data` (for flows with hooks). */
  hooks?: boolean;
  workflow: WorkflowFactory<WI, WO>;
  /** The parsed input as the workflow's input (without additional_data: `hooks` adds it). */
  workflowInput: (input: z.output<S>, ctx: GraphQLContext) => WI | Promise<WI>;
  payload: OutputRef<P>;
  /** The payload once the workflow succeeded: usually a re-read of what it wrote. */
  result: (output: WO, input: z.output<S>, ctx: GraphQLContext) => PayloadFields<P> | Promise<PayloadFields<P>>;
}

/**
 * Declares a mutation that validates its input (declared once in zod), runs a workflow with the
 * input's idempotency key, and answers `{ <payload>, userErrors }`: a user-fixable failure of any
 * step (after compensation) becomes a userError naming the input field.
 */
export function workflowMutation<S extends z.ZodObject, WI, WO, P extends { userErrors: UserErrorShape[] }>(
  field: string,
  spec: WorkflowMutationSpec<S, WI, WO, P>,
) {
  const shape = spec.hooks ? { ...workflowInputShape, ...hookInputShape } : workflowInputShape;
  const input = zodInput(spec.input.name, spec.input.schema.extend(shape), spec.input.description);
  builder.mutationField(field, (t) =>
    t.field({
      authScopes: spec.access,
      type: spec.payload,
      description: spec.description,
      args: { input: t.arg({ type: input.ref, required: true }) },
      resolve: (_root, args, ctx) =>
        withUserErrors(async () => {
          const parsed = parseInput(input.schema, args.input) as z.output<S> & {
            idempotencyKey?: string | null;
            additionalData?: Record<string, unknown> | null;
          };
          const workflowInput = await spec.workflowInput(parsed, ctx);
          const withHooks = spec.hooks
            ? { ...workflowInput, additional_data: parsed.additionalData ?? undefined }
            : workflowInput;
          const output = await runMutationWorkflow(spec.workflow, ctx.scope, withHooks, parsed.idempotencyKey);
          return spec.result(output, parsed, ctx);
        }) as never,
    }),
  );
}

/**
 * Declares `<field>(input: { id, idempotencyKey }): DeletePayload` running a delete workflow
 * over `{ ids: [id] }`.
 */
export function deleteMutation(
  field: string,
  spec: { description: string; access: ScopeMap; workflow: WorkflowFactory<{ ids: string[] }, unknown> },
) {
  builder.mutationField(field, (t) =>
    t.field({
      authScopes: spec.access,
      type: DeletePayload,
      description: spec.description,
      args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
      resolve: (_root, args, ctx) =>
        withUserErrors(async () => {
          await runMutationWorkflow(spec.workflow, ctx.scope, { ids: [args.input.id] }, args.input.idempotencyKey);
          return { deletedId: args.input.id };
        }),
    }),
  );
}
