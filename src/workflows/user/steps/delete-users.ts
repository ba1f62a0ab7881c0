import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const deleteUsersStepId = "delete-users";

/** Soft-deletes users (an unknown id is NOT_FOUND); compensation restores them. */
export const deleteUsersStep = createStep(
  deleteUsersStepId,
  async (ids: string[], { container }) => {
    const users = container.resolve("user");
    for (const id of ids) await users.retrieveUser(id);
    await users.softDeleteUsers(ids);
    return new StepResponse(ids, ids);
  },
  async (ids, { container }) => {
    await container.resolve("user").restoreUsers(ids);
  },
);
