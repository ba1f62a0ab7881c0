import type { WorkflowEngineApi } from "../workflows/engine-api.ts";
import { nextCall } from "./next-call.ts";

/**
 * Resolves once something next subscribes to the engine's run progress: the server has registered
 * a GraphQL `workflowExecution` subscription (graphql-ws acknowledges no subscribe, so a test
 * waits on this before it starts the run the subscription should follow).
 */
export function nextWorkflowSubscriber(engine: WorkflowEngineApi): Promise<void> {
  return nextCall(engine, "subscribe");
}
