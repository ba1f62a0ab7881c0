import { advance, compensate } from "./orchestrator.ts";
import type { RunContext, WorkflowEvent } from "./run-context.ts";

/** Drives an execution forward: runs it here, or hands it to a queue and waits. */
export interface Executor {
  /** Resolves once the execution is finished or waiting on an async step; `run.execution` is then current. */
  drive(run: RunContext, action: "advance" | "compensate"): Promise<void>;
  close(): Promise<void>;
  /** Starts taking queued work, once every workflow is registered. */
  start?(): void;
  /** Whether the queue still holds work of the execution (then it is not stuck). */
  hasLiveJob?(workflowId: string, transactionId: string): Promise<boolean>;
  /** Scale-out executors forward events to subscribers in other processes. */
  publish?(event: WorkflowEvent): Promise<void>;
  onRemoteEvent?: (event: WorkflowEvent) => void;
}

/** The embedded default: steps run in this process, retries sleep in place. */
export const inProcessExecutor: Executor = {
  drive: (run, action) => (action === "compensate" ? compensate(run) : advance(run)),
  close: async () => {},
};
