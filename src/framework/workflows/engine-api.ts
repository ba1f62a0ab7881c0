import type { TesseraContainer } from "../container/container.ts";
import type { RunOptions, RunResult, SetStepOptions, SubscribeOptions, WorkflowSubscriber } from "./engine-types.ts";
import type { Execution } from "./execution.ts";

/** The container key of the workflow engine (Medusa's `Modules.WORKFLOW_ENGINE`). */
export const WORKFLOW_ENGINE = "workflows";

/** A keyset page of runs: bounds are sort keys (`[created_at, id]`) of runs around it. */
export interface ExecutionPage {
  backward: boolean;
  after?: readonly unknown[];
  before?: readonly unknown[];
  take: number;
}

/** What a list of runs narrows by (the admin's `workflowExecutions`). */
export interface ExecutionFilter {
  workflowId?: string;
  status?: string;
  /** Runs started at or after this time. */
  startedAfter?: Date;
  /** Runs started before this time. */
  startedBefore?: Date;
}

/** What the workflow-engine module offers (`container.resolve("workflows")`). */
export interface WorkflowEngineApi {
  run<I, R>(workflowId: string, options?: RunOptions<I> & { container?: TesseraContainer }): Promise<RunResult<R>>;
  setStepSuccess<R = unknown>(options: SetStepOptions): Promise<RunResult<R>>;
  setStepFailure<R = unknown>(options: SetStepOptions): Promise<RunResult<R>>;
  cancel<R = unknown>(workflowId: string, transactionId: string, container?: TesseraContainer): Promise<RunResult<R>>;
  subscribe(options: SubscribeOptions): void;
  unsubscribe(options: {
    workflowId: string;
    transactionId?: string;
    subscriberOrId: string | WorkflowSubscriber;
  }): void;
  getExecution(workflowId: string, transactionId: string): Promise<Execution | undefined>;
  /** Executions with this transaction id, of one workflow or of any (oldest first). */
  findExecutions(transactionId: string, workflowId?: string): Promise<Execution[]>;
  /** A keyset page of runs, newest first (oldest first when `backward`), each with its sort key. */
  listExecutions(filter: ExecutionFilter, page: ExecutionPage): Promise<{ execution: Execution; key: unknown[] }[]>;
  /** How many runs match `filter`. */
  countExecutions(filter: ExecutionFilter): Promise<number>;
}

declare module "../container/container.ts" {
  interface ContainerRegistrations {
    [WORKFLOW_ENGINE]: WorkflowEngineApi;
  }
}

export function workflowEngine(container: TesseraContainer): WorkflowEngineApi {
  if (!container.hasRegistration(WORKFLOW_ENGINE))
    throw new Error("The workflow engine is not loaded: add ./modules/workflow-engine to the app");
  return container.resolve(WORKFLOW_ENGINE);
}
