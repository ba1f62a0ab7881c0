import { createWorkflow, transform, WorkflowResponse } from "../../../../../src/framework/workflows/index.ts";
import { step1 } from "./steps/step-1.ts";
import { step2 } from "./steps/step-2.ts";

type WorkflowInput = {
  name: string;
};

/** The seed's "Create a Workflow", run by the route in src/api/hello-workflow. */
const helloWorldWorkflow = createWorkflow("hello-world", (input: WorkflowInput) => {
  const str1 = step1();
  const str2 = step2(input);
  return new WorkflowResponse(transform({ str1, str2 }, (data) => `${data.str1} ${data.str2}`));
});

export default helloWorldWorkflow;
