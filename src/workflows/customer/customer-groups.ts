import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { rowsWorkflow } from "../product/rows-workflows.ts";
import {
  createCustomerGroupsStep,
  linkCustomersToGroupStep,
  type LinkCustomersToGroupStepInput,
} from "./steps/customer-groups.ts";

/** Medusa's `createCustomerGroupsWorkflow`: hook `customerGroupsCreated`, event `customer_group.created`. */
export const createCustomerGroupsWorkflow = rowsWorkflow(
  "create-customer-groups",
  "customer_groups",
  "customerGroupsCreated",
  createCustomerGroupsStep,
  "customer_group.created",
);

/**
 * Medusa's `linkCustomersToCustomerGroupWorkflow` (adding only): emits `customer_group.updated`.
 * Hook `customersLinkedToGroup` receives `{ group, customer_ids }`; if it throws, the members are as before.
 */
export const linkCustomersToGroupWorkflow = createWorkflow(
  "link-customers-to-group",
  (input: LinkCustomersToGroupStepInput) => {
    const group = linkCustomersToGroupStep(input);
    const linked = createHook("customersLinkedToGroup", { group, customer_ids: input.customer_ids });
    emitEventStep(
      transform({ input }, ({ input: i }): EventMessage[] => [
        { name: "customer_group.updated", data: { id: i.group_id } },
      ]),
    );
    return new WorkflowResponse(group, { hooks: [linked] });
  },
);
