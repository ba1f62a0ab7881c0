import { TesseraError, type ErrorType } from "../errors/tessera-error.ts";
import type { WorkflowDefinition } from "./registry.ts";
import { refInfo, isRef } from "./workflow-data.ts";
import { hookOf, markHookError } from "./hook-error.ts";

export type ExecutionStatus = "invoking" | "waiting" | "compensating" | "done" | "reverted" | "failed";
export type StepStatus =
  | "not_started"
  | "invoking"
  | "waiting"
  | "done"
  | "skipped"
  | "failed"
  | "permanent_failure"
  | "skipped_failure"
  | "timeout"
  | "compensating"
  | "reverted";

/** An error as stored: enough to rebuild a TesseraError for `userErrors` after a reload. */
export interface StoredError {
  message: string;
  name: string;
  type?: ErrorType;
  field?: string[];
  /** TesseraError's finer userError code, when it has one. */
  code?: string;
  /** The hook whose handler threw it (see hook-error.ts). */
  hook?: string;
}

export interface StepState {
  status: StepStatus;
  attempts: number;
  errors: StoredError[];
  startedAt?: string;
  finishedAt?: string;
  output?: unknown;
  compensateInput?: unknown;
  /** A failed attempt's retry is scheduled for then (`retryInterval`); the step stays `invoking`. */
  retryAt?: string;
}

/** One run of a workflow, persisted after every step transition. */
export interface Execution {
  workflowId: string;
  transactionId: string;
  status: ExecutionStatus;
  input: unknown;
  metadata: Record<string, unknown>;
  steps: Record<string, StepState>;
  result?: unknown;
  errors: { action: string; handlerType: "invoke" | "compensate"; error: StoredError }[];
  startedAt: string;
  finishedAt?: string;
}

export function newExecution(
  definition: WorkflowDefinition,
  transactionId: string,
  input: unknown,
  metadata: Record<string, unknown>,
): Execution {
  const steps = Object.fromEntries(
    [...definition.composition.nodes.keys()].map((id) => [
      id,
      { status: "not_started", attempts: 0, errors: [] } satisfies StepState,
    ]),
  );
  return {
    workflowId: definition.id,
    transactionId,
    status: "invoking",
    input,
    metadata,
    steps,
    errors: [],
    startedAt: new Date().toISOString(),
  };
}

/** Whether the run is parked until a scheduled retry (then `run` has answered and a timer or delayed job goes on). */
export function retryPending(execution: Execution): boolean {
  return (
    execution.status === "invoking" &&
    Object.values(execution.steps).some((state) => state.status === "invoking" && state.retryAt !== undefined)
  );
}

/** When the earliest scheduled retry is due (ms since the epoch), if one is. */
export function retryDueAt(execution: Execution): number | undefined {
  const due = Object.values(execution.steps)
    .filter((state) => state.status === "invoking" && state.retryAt !== undefined)
    .map((state) => Date.parse(state.retryAt as string));
  return due.length ? Math.min(...due) : undefined;
}

export function toStoredError(error: unknown): StoredError {
  if (TesseraError.is(error))
    return {
      message: error.message,
      name: error.name,
      type: error.type,
      field: error.field,
      ...(error.code ? { code: error.code } : {}),
    };
  const hook = hookOf(error);
  if (error instanceof Error) return { message: error.message, name: error.name, ...(hook ? { hook } : {}) };
  return { message: String(error), name: "Error" };
}

/** The error a failed run throws: a TesseraError again when it was one (so userErrors survive a reload). */
export function fromStoredError(error: StoredError): Error {
  if (error.type) return new TesseraError(error.type, error.message, { field: error.field, code: error.code });
  const rebuilt = Object.assign(new Error(error.message), { name: error.name });
  return error.hook ? (markHookError(rebuilt, error.hook) as Error) : rebuilt;
}

/** Resolves a template (plain values holding references) against an execution's data. */
export function resolveTemplate(template: unknown, definition: WorkflowDefinition, execution: Execution): unknown {
  const info = refInfo(template);
  if (info) {
    let value = resolveSource(info.source, definition, execution);
    for (const key of info.path)
      value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key];
    return value;
  }
  if (Array.isArray(template)) return template.map((item) => resolveTemplate(item, definition, execution));
  if (
    template &&
    typeof template === "object" &&
    Object.getPrototypeOf(template) === Object.prototype &&
    !isRef(template)
  ) {
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, resolveTemplate(v, definition, execution)]));
  }
  return template;
}

function resolveSource(source: string, definition: WorkflowDefinition, execution: Execution): unknown {
  if (source === "input") return execution.input;
  if (source.startsWith("step:")) return execution.steps[source.slice(5)]?.output;
  const derived = definition.composition.derived.get(source.slice("derived:".length));
  if (!derived) throw new Error(`Workflow ${definition.id}: unknown value ${source}`);
  if (!conditionsHold(derived.conditions, definition, execution)) return undefined;
  return derived.compute(resolveTemplate(derived.inputs, definition, execution));
}

/** Whether every `when` condition guarding a step or value holds. */
export function conditionsHold(conditions: string[], definition: WorkflowDefinition, execution: Execution): boolean {
  return conditions.every((id) => resolveSource(`derived:${id}`, definition, execution) === true);
}
