import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import type { Execution, StepState } from "../../../framework/workflows/index.ts";
import { getWorkflow } from "../../../framework/workflows/registry.ts";

type StoredError = Execution["errors"][number];

export const WorkflowErrorRef = builder.objectRef<StoredError>("WorkflowError").implement({
  authScopes: access.admin,
  description: "An error a step's handler or compensation threw.",
  fields: (t) => ({
    action: t.exposeString("action", { description: "The step id (or the workflow id for a workflow timeout)." }),
    handlerType: t.exposeString("handlerType", { description: "invoke or compensate." }),
    message: t.string({ resolve: (e) => e.error.message }),
    name: t.string({ resolve: (e) => e.error.name }),
  }),
});

export const WorkflowStepRef = builder.objectRef<{ id: string } & StepState>("WorkflowStep").implement({
  authScopes: access.admin,
  fields: (t) => ({
    id: t.exposeString("id"),
    status: t.exposeString("status", {
      description: "not_started, invoking, waiting, done, skipped, failed, timeout, compensating or reverted.",
    }),
    attempts: t.exposeInt("attempts"),
    errors: t.stringList({ resolve: (s) => s.errors.map((e) => e.message) }),
    startedAt: t.field({
      type: "DateTime",
      nullable: true,
      resolve: (s) => (s.startedAt ? new Date(s.startedAt) : null),
    }),
    finishedAt: t.field({
      type: "DateTime",
      nullable: true,
      resolve: (s) => (s.finishedAt ? new Date(s.finishedAt) : null),
    }),
  }),
});

/** A run's status; the values are the engine's own words, so clients comparing strings keep working. */
export const WorkflowExecutionStatus = builder.enumType("WorkflowExecutionStatus", {
  description: "Where a workflow run is.",
  values: Object.fromEntries(
    (["invoking", "waiting", "compensating", "done", "reverted", "failed"] as const).map((v) => [v, { value: v }]),
  ),
});

export const WorkflowExecutionRef = builder.objectRef<Execution>("WorkflowExecution").implement({
  authScopes: access.admin,
  description: "One run of a workflow, as the engine persisted it.",
  fields: (t) => ({
    workflowId: t.exposeString("workflowId"),
    transactionId: t.exposeString("transactionId"),
    status: t.field({ type: WorkflowExecutionStatus, resolve: (e) => e.status }),
    steps: t.field({
      type: [WorkflowStepRef],
      description: "In the order the workflow runs them.",
      // The stored JSONB does not keep key order: order by the definition when it is loaded.
      resolve: (e) => {
        const order = [...(getWorkflow(e.workflowId)?.composition.nodes.keys() ?? [])];
        const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
        return Object.entries(e.steps)
          .map(([id, s]) => ({ id, ...s }))
          .sort((a, b) => rank(a.id) - rank(b.id));
      },
    }),
    errors: t.field({ type: [WorkflowErrorRef], resolve: (e) => e.errors }),
    result: t.field({ type: "JSON", nullable: true, resolve: (e) => e.result ?? null }),
    startedAt: t.field({ type: "DateTime", resolve: (e) => new Date(e.startedAt) }),
    finishedAt: t.field({
      type: "DateTime",
      nullable: true,
      resolve: (e) => (e.finishedAt ? new Date(e.finishedAt) : null),
    }),
  }),
});
