import type { TesseraContainer } from "../container/container.ts";
import type { Execution } from "./execution.ts";
import type { WorkflowEvent, WorkflowEventType } from "./run-context.ts";

/** Where executions live; the workflow-engine module implements it over Prisma. */
export interface ExecutionStore {
  /** Inserts a new execution; when (workflowId, transactionId) exists, returns the stored one instead. */
  insert(execution: Execution): Promise<Execution | undefined>;
  load(workflowId: string, transactionId: string): Promise<Execution | undefined>;
  /** `retainUntil` is set once the execution has finished. */
  save(execution: Execution, retainUntil: Date | undefined): Promise<void>;
  /** Running executions (invoking, compensating) whose row nobody touched since `olderThan`. */
  listStale(olderThan: Date): Promise<StaleExecution[]>;
  /** Takes a stale execution over when its row is still as seen; false when another process did. */
  claimStale(workflowId: string, transactionId: string, seenUpdatedAt: Date): Promise<boolean>;
  /** The heartbeat of a running execution: marks its row as alive. */
  touch(workflowId: string, transactionId: string): Promise<void>;
  /** Removes an execution that never started (its run could not be enqueued). */
  delete(workflowId: string, transactionId: string): Promise<void>;
  /** Executions a crash left in the middle of a step or a compensation. */
  listInterrupted(): Promise<Execution[]>;
  /** Atomically marks a waiting step as taken; false when it is no longer waiting (another caller won). */
  claimWaitingStep(workflowId: string, transactionId: string, stepId: string): Promise<boolean>;
  /**
   * Takes a waiting execution for its deadline (status `compensating`); false when it no longer
   * waits or one of its steps is being resolved (then that resolution meets the deadline).
   */
  claimWaitingForTimeout(workflowId: string, transactionId: string): Promise<boolean>;
  /** Executions waiting on an async step (their deadline timers are rebuilt at start). */
  listWaiting(): Promise<Execution[]>;
  /** Deletes finished executions past their retention; returns how many. */
  prune(): Promise<number>;
}

export interface StaleExecution {
  execution: Execution;
  /** When its row was last written or touched. */
  updatedAt: Date;
}

export interface RunOptions<I> {
  input?: I;
  /** Default true: a failed run throws the failing step's error (after compensating). */
  throwOnError?: boolean;
  /** Idempotency: a second run with the same id returns the first one's outcome. Default: a new ULID. */
  transactionId?: string;
  /**
   * Free-form data handed to every step as `metadata`. Medusa's `context: { transactionId }` is
   * honoured: without a top-level `transactionId`, a string `context.transactionId` is the run's id.
   */
  context?: Record<string, unknown> & { transactionId?: string };
  /** Medusa's `resultFrom`: the run's `result` is this step's output instead of the workflow's response. */
  resultFrom?: string;
  /** Medusa's run `events`: callbacks for this run's progress (the same events `subscribe` gives). */
  events?: RunEvents;
}

/** Per-run progress callbacks, one per event type (`onStepBegin`, `onStepSuccess`, `onFinish`, …). */
export type RunEvents = Partial<Record<WorkflowEventType, (event: WorkflowEvent) => unknown>>;

export interface RunResult<R> {
  /**
   * The workflow's response. Typed as present: a run that resolved without `throwOnError: false`
   * succeeded (or waits on an async step, when it is undefined, as in Medusa).
   */
  result: R;
  errors: Execution["errors"];
  transaction: { workflowId: string; transactionId: string; status: Execution["status"]; steps: Execution["steps"] };
}

export type WorkflowSubscriber = (event: WorkflowEvent) => unknown;

export interface SubscribeOptions {
  workflowId: string;
  /** Omit to hear every execution of the workflow. */
  transactionId?: string;
  subscriberId?: string;
  subscriber: WorkflowSubscriber;
}

/** The seed's `idempotencyKey`: which waiting step of which execution. */
export interface IdempotencyKey {
  action?: "invoke" | "compensate";
  workflowId: string;
  transactionId: string;
  stepId: string;
}

export interface SetStepOptions {
  idempotencyKey: IdempotencyKey;
  /** A StepResponse or a plain value: the step's output (success) or the error message (failure). */
  stepResponse?: unknown;
  options?: { container?: TesseraContainer; throwOnError?: boolean };
}
