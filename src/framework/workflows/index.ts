// The workflows SDK: Medusa's names, so its examples port by changing the import.
export { createStep, type StepFunction } from "./create-step.ts";
export { createWorkflow, type Workflow, type WorkflowRunner } from "./create-workflow.ts";
export { createHook, type Hook, type HookHandler } from "./create-hook.ts";
export { transform } from "./transform.ts";
export { when } from "./when.ts";
export { parallelize } from "./parallelize.ts";
export { WorkflowResponse } from "./workflow-response.ts";
export { StepResponse, PermanentStepFailure } from "./step-response.ts";
export { WorkflowComposerError, type WorkflowData, type WorkflowInput } from "./workflow-data.ts";
export { WORKFLOW_ENGINE, workflowEngine, type WorkflowEngineApi } from "./engine-api.ts";
export type { StepContext, StepOptions } from "./step-definition.ts";
export type {
  RunOptions,
  RunResult,
  SubscribeOptions,
  SetStepOptions,
  IdempotencyKey,
  ExecutionStore,
  StaleExecution,
} from "./engine-types.ts";
export type { Execution, StepState, ExecutionStatus, StepStatus } from "./execution.ts";
export type { WorkflowEvent, WorkflowEventType } from "./run-context.ts";
export type { WorkflowOptions } from "./registry.ts";
export { StepTimeoutError } from "./run-step.ts";
export { REDACTED, isRedacted } from "./redact.ts";
export { WorkflowTimeoutError } from "./orchestrator.ts";

/** Medusa's `TransactionHandlerType`, for the seed's `idempotencyKey.action`. */
export const TransactionHandlerType = { INVOKE: "invoke", COMPENSATE: "compensate" } as const;
/** Medusa's `Modules` constant, for the seed's `container.resolve(Modules.WORKFLOW_ENGINE)`. */
export const Modules = { WORKFLOW_ENGINE: "workflows" } as const;
