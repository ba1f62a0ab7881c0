import { activeComposition } from "./composition.ts";
import { refInfo, WorkflowComposerError } from "./workflow-data.ts";

/**
 * Runs the given steps at the same time; they must not depend on one another.
 * @example const [prices, channel] = parallelize(createPricesStep(product), attachToChannelStep(product))
 */
export function parallelize<const T extends readonly unknown[]>(...steps: T): T {
  const composition = activeComposition("parallelize()");
  const ids = steps.map((step) => {
    const source = refInfo(step)?.source;
    if (!source?.startsWith("step:")) throw new WorkflowComposerError("parallelize() takes the results of step calls");
    return source.slice("step:".length);
  });
  const merged = composition.stages.filter((stage) => stage.some((id) => ids.includes(id)));
  const at = composition.stages.indexOf(merged[0] ?? []);
  composition.stages = composition.stages.filter((stage) => !merged.includes(stage));
  composition.stages.splice(at, 0, merged.flat());
  return steps;
}
