import type { Composition } from "./composition.ts";
import type { HookHandler } from "./create-hook.ts";
import type { StepCompensate } from "./step-definition.ts";

/** Workflow options, Medusa's names. Times are in seconds. */
export interface WorkflowOptions {
  /** Seconds after which a running workflow fails with a timeout and compensates. */
  timeout?: number;
  /** A run with a transactionId already used returns the stored execution. Always on here. */
  idempotent?: boolean;
  /** Keep the execution in the database after it finishes. Default true. */
  store?: boolean;
  /** Seconds a finished execution is kept (default one day), then pruned. */
  retentionTime?: number;
  /**
   * Property names (at any depth) that hold secrets, e.g. `["token"]`. The running process keeps
   * their values in memory and returns them to the caller of `run`; the stored execution, progress
   * events and the result of a replay (same transactionId) hold "[redacted]". Such a workflow runs
   * its steps in the calling process (never on the queue) and is compensated, not resumed, after a
   * crash. Default: nothing is redacted.
   */
  redact?: string[];
}

/** A composed workflow as the engine runs it. */
export interface WorkflowDefinition {
  id: string;
  options: WorkflowOptions;
  composition: Composition;
  /** The result template (references resolved when the workflow finishes). */
  result: unknown;
  hookHandlers: Map<string, { handler: HookHandler<unknown>; compensate?: StepCompensate }>;
  /** An `async` composer's response arrives a microtask later: runs wait for it (and fail if it awaited). */
  ready?: Promise<void>;
}

// Definitions register when their file is imported, so a process that restarts finds the
// workflows it has to resume (Medusa's WorkflowManager does the same).
const definitions = new Map<string, WorkflowDefinition>();

export function registerWorkflow(definition: WorkflowDefinition): void {
  definitions.set(definition.id, definition);
}

export function getWorkflow(id: string): WorkflowDefinition | undefined {
  return definitions.get(id);
}

export function allWorkflows(): WorkflowDefinition[] {
  return [...definitions.values()];
}
