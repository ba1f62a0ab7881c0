import { createStep, StepResponse } from "../../../../../../src/framework/workflows/index.ts";

type StepInput = {
  name: string;
};

/** The seed's step two: greets the name the workflow was given. */
export const step2 = createStep("step-2", async ({ name }: StepInput) => {
  return new StepResponse(`Hello ${name}!`);
});
