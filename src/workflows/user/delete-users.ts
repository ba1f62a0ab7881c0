import { deleteWorkflow } from "../product/rows-workflows.ts";
import { deleteUsersStep } from "./steps/delete-users.ts";

/**
 * Soft-deletes users and emits `user.deleted`; their tokens stop working at once. Hook
 * `usersDeleted` receives `{ ids }`; if it throws, the users are restored and nothing is emitted.
 */
export const deleteUsersWorkflow = deleteWorkflow("delete-users", "usersDeleted", deleteUsersStep, "user.deleted");
