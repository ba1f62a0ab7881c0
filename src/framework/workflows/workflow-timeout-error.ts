/** A workflow ran longer than its `timeout`. */
export class WorkflowTimeoutError extends Error {
  constructor(workflowId: string, seconds: number) {
    super(`Workflow ${workflowId} timed out after ${seconds}s`);
    this.name = "WorkflowTimeoutError";
  }
}
