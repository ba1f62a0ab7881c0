import { Repeater } from "graphql-yoga";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { workflowEngine } from "../../../framework/workflows/index.ts";
import type { WorkflowEvent } from "../../../framework/workflows/run-context.ts";
import { WorkflowExecutionStatus } from "./types.ts";

const WorkflowStepProgress = builder.objectRef<NonNullable<WorkflowEvent["step"]>>("WorkflowStepProgress").implement({
  fields: (t) => ({
    id: t.exposeString("id"),
    status: t.exposeString("status"),
    attempts: t.exposeInt("attempts"),
  }),
});

const eventTypes = [
  "onBegin",
  "onStepBegin",
  "onStepSuccess",
  "onStepFailure",
  "onStepAwaiting",
  "onCompensateBegin",
  "onCompensateStepSuccess",
  "onTimeout",
  "onFinish",
] as const satisfies readonly WorkflowEvent["eventType"][];

/** The moments of a run, named as the engine's subscribers receive them. */
const WorkflowEventType = builder.enumType("WorkflowEventType", {
  description: "Which moment of a workflow run an event reports.",
  values: Object.fromEntries(eventTypes.map((v) => [v, { value: v }])),
});

const WorkflowProgressEvent = builder.objectRef<WorkflowEvent>("WorkflowProgressEvent").implement({
  description:
    "One moment of a workflow run: onBegin, onStepBegin, onStepSuccess, onStepFailure, onStepAwaiting, onCompensateBegin, onCompensateStepSuccess, onTimeout or onFinish.",
  fields: (t) => ({
    eventType: t.field({ type: WorkflowEventType, resolve: (e) => e.eventType }),
    workflowId: t.exposeString("workflowId"),
    transactionId: t.exposeString("transactionId"),
    step: t.field({ type: WorkflowStepProgress, nullable: true, resolve: (e) => e.step ?? null }),
    status: t.field({ type: WorkflowExecutionStatus, nullable: true, resolve: (e) => e.status ?? null }),
    result: t.field({ type: "JSON", nullable: true, resolve: (e) => e.result ?? null }),
    errors: t.field({ type: "JSON", nullable: true, resolve: (e) => e.errors ?? null }),
  }),
});

builder.subscriptionField("workflowExecution", (t) =>
  t.field({
    type: WorkflowProgressEvent,
    authScopes: access.admin,
    description:
      "Streams a workflow run's progress until it finishes. workflowId is needed for a run that has not started yet (e.g. subscribe, then send the mutation with that idempotencyKey).",
    args: {
      transactionId: t.arg.string({
        required: true,
        description: "The run's transaction id (the mutation's idempotencyKey).",
      }),
      workflowId: t.arg.string({ description: "The workflow's id; required for a run that has not started yet." }),
    },
    subscribe: async (_root, args, ctx) => {
      let workflowId = args.workflowId ?? undefined;
      if (!workflowId) {
        const [execution] = await ctx.scope.resolve("workflows").findExecutions(args.transactionId);
        workflowId = execution?.workflowId;
      }
      if (!workflowId)
        throw new TesseraError(
          TesseraError.Types.NOT_FOUND,
          `No workflow run ${args.transactionId}; pass workflowId to watch one that has not started`,
        );
      const watched = workflowId;
      return new Repeater<WorkflowEvent>(async (push, stop) => {
        const engine = workflowEngine(ctx.scope);
        const subscriberId = `graphql:${Math.random().toString(36).slice(2)}`;
        engine.subscribe({
          workflowId: watched,
          transactionId: args.transactionId,
          subscriberId,
          subscriber: async (event) => {
            await push(event);
            if (event.eventType === "onFinish") stop();
          },
        });
        await stop;
        engine.unsubscribe({ workflowId: watched, transactionId: args.transactionId, subscriberOrId: subscriberId });
      });
    },
    resolve: (event) => event,
  }),
);
