import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const createCustomerGroupsStepId = "create-customer-groups";

/** Creates customer groups; compensation deletes them. */
export const createCustomerGroupsStep = createStep(
  createCustomerGroupsStepId,
  async (input: { name: string }[], { container }) => {
    const groups = await container.resolve("customer").createCustomerGroups(input);
    return new StepResponse(
      groups,
      groups.map((group) => group.id),
    );
  },
  async (ids, { container }) => {
    await container.resolve("customer").deleteCustomerGroups(ids);
  },
);

export interface LinkCustomersToGroupStepInput {
  group_id: string;
  customer_ids: string[];
}

export const linkCustomersToGroupStepId = "link-customers-to-group";

/** Adds customers to a group (members stay); compensation puts the member list back as it was. */
export const linkCustomersToGroupStep = createStep(
  linkCustomersToGroupStepId,
  async (input: LinkCustomersToGroupStepInput, { container }) => {
    const customers = container.resolve("customer");
    const before = await customers.retrieveCustomerGroup(input.group_id, { relations: ["customers"] });
    const group = await customers.addCustomersToGroup(input.group_id, input.customer_ids);
    return new StepResponse(group, { id: group.id, customers: (before.customers ?? []).map((c) => c.id) });
  },
  async (previous, { container }) => {
    await container.resolve("customer").updateCustomerGroups(previous);
  },
);
