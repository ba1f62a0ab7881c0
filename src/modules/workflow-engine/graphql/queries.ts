import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { orderSignature, resolveKeysetConnection } from "../../../framework/graphql/connection.ts";
import { WorkflowExecutionRef } from "./types.ts";

builder.queryFields((t) => ({
  // Admin-only, as a run is: the dashboard's runs list.
  workflowExecutions: t.connection(
    {
      authScopes: access.admin,
      type: WorkflowExecutionRef,
      description: "Workflow runs, newest first, narrowed by workflow, status and start time.",
      args: {
        workflowId: t.arg.string({ description: "Only runs of this workflow (its id, e.g. create-products)." }),
        status: t.arg.string({ description: "invoking, waiting, compensating, done, reverted or failed." }),
        startedAfter: t.arg({ type: "DateTime", description: "Runs started at or after this time." }),
        startedBefore: t.arg({ type: "DateTime", description: "Runs started before this time." }),
      },
      resolve: (_root, args, ctx) => {
        const engine = ctx.scope.resolve("workflows");
        const filter = {
          workflowId: args.workflowId ?? undefined,
          status: args.status ?? undefined,
          startedAfter: args.startedAfter ?? undefined,
          startedBefore: args.startedBefore ?? undefined,
        };
        return resolveKeysetConnection(args, {
          order: orderSignature([
            ["created_at", "DESC"],
            ["id", "DESC"],
          ]),
          load: async (page) =>
            (await engine.listExecutions(filter, page)).map(({ execution, key }) => ({ node: execution, key })),
          count: () => engine.countExecutions(filter),
        });
      },
    },
    { name: "WorkflowExecutionConnection" },
    { name: "WorkflowExecutionEdge" },
  ),
  // Admin-only: executions carry step inputs and outputs.
  workflowExecution: t.field({
    type: WorkflowExecutionRef,
    authScopes: access.admin,
    nullable: true,
    description: "A workflow run by its transaction id (a mutation's idempotencyKey is one); workflowId narrows it.",
    args: {
      transactionId: t.arg.string({ required: true, description: "The run's transaction id." }),
      workflowId: t.arg.string({ description: "The workflow's id, when two workflows share a transaction id." }),
    },
    resolve: async (_root, args, ctx) => {
      const [execution] = await ctx.scope
        .resolve("workflows")
        .findExecutions(args.transactionId, args.workflowId ?? undefined);
      return execution ?? null;
    },
  }),
}));
