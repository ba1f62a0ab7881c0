import type { TesseraContainer } from "../container/container.ts";
import type { Execution, StepState } from "./execution.ts";
import type { WorkflowDefinition } from "./registry.ts";
import type { StepContext, StepDefinition } from "./step-definition.ts";
import { markHookError } from "./hook-error.ts";

export type WorkflowEventType =
  | "onBegin"
  | "onStepBegin"
  | "onStepSuccess"
  | "onStepFailure"
  | "onStepAwaiting"
  | "onCompensateBegin"
  | "onCompensateStepSuccess"
  | "onTimeout"
  | "onFinish";

/** What subscribers receive. */
export interface WorkflowEvent {
  eventType: WorkflowEventType;
  workflowId: string;
  transactionId: string;
  step?: { id: string } & StepState;
  result?: unknown;
  errors?: Execution["errors"];
  status?: Execution["status"];
}

/** Everything the orchestrator needs while it advances one execution. */
export interface RunContext {
  definition: WorkflowDefinition;
  execution: Execution;
  container: TesseraContainer;
  /** Persists the execution (calls are serialised). */
  save(): Promise<void>;
  emit(eventType: WorkflowEventType, extra?: Partial<WorkflowEvent>): Promise<void>;
  /** The thrown errors of this process's run, by step id (the stored ones lose their class). */
  thrown: Map<string, unknown>;
  /** Queue-driven runs: one call runs at most one stage so stages spread over workers. */
  queued?: boolean;
  /**
   * Set when this pass parked the run for a retry instead of retrying in place: the delay (ms)
   * after which a timer (embedded) or a delayed job (BullMQ) takes it on.
   */
  deferredMs?: number;
  /** First-stage steps whose start the run's inserted row holds (see beginFirstStage). */
  begunWithRow?: Set<string>;
}

export function stepContext(run: RunContext, stepId: string): StepContext {
  const { execution, container } = run;
  return {
    container,
    workflowId: execution.workflowId,
    transactionId: execution.transactionId,
    stepId,
    attempt: execution.steps[stepId]?.attempts ?? 0,
    metadata: execution.metadata,
  };
}

/** Whether a node has something to run: it is not a hook, or its hook has a handler. */
export const hasHandler = (definition: WorkflowDefinition, step: StepDefinition): boolean =>
  !step.hook || definition.hookHandlers.has(step.hook.name);

/** The step a node runs; a hook node runs the handler registered for it, if any. */
export function effectiveStep(run: RunContext, step: StepDefinition): StepDefinition | undefined {
  if (!step.hook) return step;
  const registered = run.definition.hookHandlers.get(step.hook.name);
  if (!registered) return undefined;
  const handler = registered.handler as StepDefinition["invoke"];
  const hook = step.hook.name;
  const invoke: StepDefinition["invoke"] = async (input, context) => {
    try {
      return await handler(input, context);
    } catch (error) {
      throw markHookError(error, hook);
    }
  };
  return { name: step.name, invoke, compensate: registered.compensate };
}

export const now = () => new Date().toISOString();
