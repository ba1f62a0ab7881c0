import type { Execution } from "./execution.ts";
import type { WorkflowDefinition } from "./registry.ts";

/** When the run must be over (ms since the epoch): its start plus the workflow's `timeout`. */
export function deadlineOf(definition: WorkflowDefinition, execution: Execution): number | undefined {
  const seconds = definition.options.timeout;
  return seconds ? Date.parse(execution.startedAt) + seconds * 1000 : undefined;
}

/** Milliseconds left before the workflow's deadline (0 once past it); undefined without a timeout. */
export function msUntilDeadline(definition: WorkflowDefinition, execution: Execution): number | undefined {
  const deadline = deadlineOf(definition, execution);
  return deadline === undefined ? undefined : Math.max(0, deadline - Date.now());
}

/** Whether the execution has run past its workflow's timeout. */
export function pastTimeout(definition: WorkflowDefinition, execution: Execution): boolean {
  const deadline = deadlineOf(definition, execution);
  return deadline !== undefined && Date.now() > deadline;
}
