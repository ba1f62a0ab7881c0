import { conditionsHold, newExecution, resolveTemplate } from "./execution.ts";
import type { WorkflowDefinition } from "./registry.ts";
import { hasHandler } from "./run-context.ts";

/**
 * What a run of `definition` with `input` would answer when it would start no step: every step's
 * `when` is false and every hook has no handler (or a false `when`). Undefined when some step
 * would run, or when that cannot be told without running (the composer is async, a condition or
 * the result throws): the run then goes as usual and meets the error there.
 */
export function idleResult(definition: WorkflowDefinition, input: unknown): { result: unknown } | undefined {
  if (definition.ready) return undefined;
  // Conditions and the result read the input and step outputs only, never the run's metadata.
  const execution = newExecution(definition, "", input, {});
  try {
    for (const stage of definition.composition.stages) {
      for (const id of stage) {
        const node = definition.composition.nodes.get(id);
        const state = execution.steps[id];
        if (!node || !state) return undefined;
        if (hasHandler(definition, node.step) && conditionsHold(node.conditions, definition, execution))
          return undefined;
        state.status = "skipped";
      }
    }
    return { result: resolveTemplate(definition.result, definition, execution) };
  } catch {
    return undefined;
  }
}
