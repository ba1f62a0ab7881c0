import { createStep, StepResponse } from "../../../../../../src/framework/workflows/index.ts";

export interface CreateManagerStepInput {
  first_name: string;
  last_name: string;
  email: string;
}

/** The seed's `createManagerStep`: creates the manager; compensation deletes it. */
export const createManagerStep = createStep(
  "create-manager",
  async (input: CreateManagerStepInput, { container }) => {
    const manager = await container.resolve("manager").createManagers(input);
    return new StepResponse(manager, manager.id);
  },
  async (id, { container }) => {
    await container.resolve("manager").deleteManagers([id]);
  },
);
