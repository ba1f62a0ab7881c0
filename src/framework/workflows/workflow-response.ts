import type { Hook } from "./create-hook.ts";

/**
 * What a composer returns: the workflow's result and the hooks it exposes.
 * @example return new WorkflowResponse(product, { hooks: [productCreatedHook] })
 */
export class WorkflowResponse<R, H extends readonly Hook<string, unknown>[] = []> {
  readonly result: R;
  readonly hooks: H;

  constructor(result: R, options?: { hooks: H }) {
    this.result = result;
    this.hooks = options?.hooks ?? ([] as unknown as H);
  }
}
