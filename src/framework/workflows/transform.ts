import { activeComposition, addDerived } from "./composition.ts";
import { createRef, type Resolved, type WorkflowData } from "./workflow-data.ts";

/**
 * Computes a value from workflow data when the workflow runs (the composer only sees references).
 * @example const str3 = transform({ str1, str2 }, (data) => `${data.str1}${data.str2}`)
 */
export function transform<T, R>(input: T, fn: (data: Resolved<T>) => R): WorkflowData<Awaited<R>> {
  const composition = activeComposition("transform()");
  const id = addDerived(composition, { inputs: input, compute: fn as (inputs: unknown) => unknown });
  return createRef<Awaited<R>>({ source: `derived:${id}`, path: [] });
}
