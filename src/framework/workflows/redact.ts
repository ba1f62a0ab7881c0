import type { Execution } from "./execution.ts";
import type { WorkflowDefinition } from "./registry.ts";
import type { WorkflowEvent } from "./run-context.ts";

/** What a redacted property holds in the stored execution, in events and in a replayed result. */
export const REDACTED = "[redacted]";

/** Whether a value was redacted (a replay of a run that returned a secret gets this instead). */
export const isRedacted = (value: unknown): value is typeof REDACTED => value === REDACTED;

/** A copy of `value` whose properties named in `keys` hold REDACTED, at any depth (plain objects and arrays only). */
export function redactKeys<T>(value: T, keys: ReadonlySet<string>): T {
  if (Array.isArray(value)) return value.map((item: unknown) => redactKeys(item, keys)) as T;
  if (!value || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      keys.has(key) && item != null ? REDACTED : redactKeys(item, keys),
    ]),
  ) as T;
}

/** The keys a workflow keeps out of storage (its own and those of workflows it runs as steps), or undefined when none. */
export function redactionOf(definition: WorkflowDefinition): ReadonlySet<string> | undefined {
  const keys = [
    ...(definition.options.redact ?? []),
    ...[...definition.composition.nodes.values()].flatMap((node) => node.step.redact ?? []),
  ];
  return keys.length ? new Set(keys) : undefined;
}

/** The execution as it may be stored: input, metadata, step outputs, compensation inputs and result redacted. */
export function redactExecution(execution: Execution, keys: ReadonlySet<string> | undefined): Execution {
  if (!keys) return execution;
  const steps = Object.fromEntries(
    Object.entries(execution.steps).map(([id, state]) => [
      id,
      { ...state, output: redactKeys(state.output, keys), compensateInput: redactKeys(state.compensateInput, keys) },
    ]),
  );
  return {
    ...execution,
    input: redactKeys(execution.input, keys),
    metadata: redactKeys(execution.metadata, keys),
    steps,
    result: redactKeys(execution.result, keys),
  };
}

/** A progress event as subscribers (and other processes) may see it. */
export function redactEvent(event: WorkflowEvent, keys: ReadonlySet<string> | undefined): WorkflowEvent {
  if (!keys) return event;
  const step = event.step && {
    ...event.step,
    output: redactKeys(event.step.output, keys),
    compensateInput: redactKeys(event.step.compensateInput, keys),
  };
  return {
    ...event,
    ...(step ? { step } : {}),
    ...("result" in event ? { result: redactKeys(event.result, keys) } : {}),
  };
}

/** Whether REDACTED appears anywhere in `value`. */
export function containsRedacted(value: unknown): boolean {
  if (isRedacted(value)) return true;
  if (Array.isArray(value)) return value.some(containsRedacted);
  return value !== null && typeof value === "object" && Object.values(value).some(containsRedacted);
}
