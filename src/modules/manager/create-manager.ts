import type { TesseraContainer } from "../../framework/container/container.ts";
import type { Row } from "../../framework/modules/service-factory.ts";
import { setAuthAppMetadataStep } from "../auth/set-auth-app-metadata.ts";

export interface CreateManagerWorkflowInput {
  manager: { first_name: string; last_name: string; email: string };
  authIdentityId: string;
}

/**
 * The seed's `createManagerWorkflow`: create the manager, then record it on the auth identity
 * (`setAuthAppMetadataStep`); if that fails the manager is deleted again. Written as two
 * steps with compensation by hand until the workflow engine is merged.
 */
export default function createManagerWorkflow(container: TesseraContainer) {
  return {
    run: async ({ input }: { input: CreateManagerWorkflowInput }): Promise<{ result: Row<"Manager"> }> => {
      const managers = container.resolve("manager");
      const manager = await managers.createManagers(input.manager);
      try {
        await setAuthAppMetadataStep.invoke(container, { authIdentityId: input.authIdentityId, actorType: "manager", value: manager.id });
      } catch (error) {
        await managers.deleteManagers([manager.id]);
        throw error;
      }
      return { result: manager };
    },
  };
}
