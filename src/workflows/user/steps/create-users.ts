import { each, moduleRowSteps } from "../../common/steps/module-rows.ts";

export interface CreateUserStepInput {
  email: string;
  first_name?: string | null;
  last_name?: string | null;
}

export const createUsersStepId = "create-users";

/** Creates users; compensation deletes them. */
export const createUsersStep = moduleRowSteps("user").createRowsStep(
  createUsersStepId,
  (users, input: CreateUserStepInput[]) => each(input, (user) => users.createUsers(user)),
  (users, ids) => users.deleteUsers(ids),
);
