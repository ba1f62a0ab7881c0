import { createStep, StepResponse } from "../../../../../../src/framework/workflows/index.ts";

/** The seed's step one: the hello module's greeting. */
export const step1 = createStep("step-1", async (_input: undefined, { container }) => {
  return new StepResponse(container.resolve("helloModuleService").getMessage());
});
