import { activeComposition, addDerived } from "./composition.ts";
import { createRef, type Resolved, type WorkflowData } from "./workflow-data.ts";

/**
 * Runs the steps created in `then` only when `condition(input)` holds at run time; otherwise they
 * are skipped and the value `then` returns is undefined.
 * @example const result = when(input, (i) => i.is_active).then(() => isActiveStep())
 */
export function when<T>(input: T, condition: (data: Resolved<T>) => boolean) {
  const composition = activeComposition("when()");
  const conditionId = addDerived(composition, {
    inputs: input,
    compute: (data) => Boolean(condition(data as Resolved<T>)),
  });
  return {
    then<R>(fn: () => R): WorkflowData<Resolved<R> | undefined> {
      composition.conditionStack.push(conditionId);
      try {
        // Derived under the condition: the value is undefined when the branch did not run.
        const id = addDerived(composition, { inputs: fn(), compute: (value) => value });
        return createRef({ source: `derived:${id}`, path: [] });
      } finally {
        composition.conditionStack.pop();
      }
    },
  };
}
