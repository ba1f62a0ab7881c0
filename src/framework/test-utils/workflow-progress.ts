import type { WorkflowEngineApi } from "../workflows/engine-api.ts";

/**
 * Resolves once something next subscribes to the engine's run progress: the server has registered
 * a GraphQL `workflowExecution` subscription (graphql-ws acknowledges no subscribe, so a test
 * waits on this before it starts the run the subscription should follow).
 */
export function nextWorkflowSubscriber(engine: WorkflowEngineApi): Promise<void> {
  return new Promise((resolve) => {
    const own = Object.hasOwn(engine, "subscribe");
    const original = engine.subscribe;
    engine.subscribe = (options) => {
      if (own) engine.subscribe = original;
      else delete (engine as Partial<WorkflowEngineApi>).subscribe;
      original.call(engine, options);
      resolve();
    };
  });
}
