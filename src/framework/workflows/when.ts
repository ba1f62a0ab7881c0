import { activeComposition, addDerived } from "./composition.ts";
import { createRef, type Resolved, type WorkflowData } from "./workflow-data.ts";

/**
 * Runs the steps created in `then` only when `condition(input)` holds at run time; otherwise they
 * are skipped and the value `then` returns is undefined.
 * @example const result = when(input, (i) => i.is_active).then(() => isActiveStep())
 */
export function when<T>(
  input: T,
  condition: (data: Resolved<T>) => boolean,
): { then<R>(fn: () => R): WorkflowData<Resolved<R> | undefined> };
/** Medusa's named form, `when("name", input, condition)`; the name documents the branch. */
export function when<T>(
  name: string,
  input: T,
  condition: (data: Resolved<T>) => boolean,
): { then<R>(fn: () => R): WorkflowData<Resolved<R> | undefined> };
export function when<T>(...args: [T, (data: Resolved<T>) => boolean] | [string, T, (data: Resolved<T>) => boolean]) {
  const [input, condition] = args.length === 3 ? [args[1], args[2]] : args;
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
