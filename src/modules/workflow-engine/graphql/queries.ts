import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { WorkflowExecutionRef } from "./types.ts";

builder.queryFields((t) => ({
  // Admin-only: executions carry step inputs and outputs.
  workflowExecution: t.field({
    type: WorkflowExecutionRef,
    authScopes: access.admin,
    nullable: true,
    description: "A workflow run by its transaction id (a mutation's idempotencyKey is one); workflowId narrows it.",
    args: { transactionId: t.arg.string({ required: true }), workflowId: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      const [execution] = await ctx.scope
        .resolve("workflows")
        .findExecutions(args.transactionId, args.workflowId ?? undefined);
      return execution ?? null;
    },
  }),
}));
