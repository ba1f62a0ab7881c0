import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { CustomerGroupRef } from "../../../modules/customer/graphql/types.ts";
import {
  createCustomerGroupsWorkflow,
  linkCustomersToGroupWorkflow,
} from "../../../workflows/customer/customer-groups.ts";

const CustomerGroupPayload = payloadType("CustomerGroupPayload", "customerGroup", CustomerGroupRef);

workflowMutation("createCustomerGroup", {
  access: access.admin,
  description: "Creates a customer group (used by price lists and promotion rules).",
  input: {
    name: "CreateCustomerGroupInput",
    schema: z.object({
      name: z.string().trim().min(1, "must not be empty").max(200).describe("The group's name (1 to 200 characters)."),
    }),
  },
  workflow: createCustomerGroupsWorkflow,
  workflowInput: ({ name }) => ({ customer_groups: [{ name }] }),
  payload: CustomerGroupPayload,
  result: ([customerGroup]) => ({ customerGroup }),
});

workflowMutation("addCustomersToGroup", {
  access: access.admin,
  description: "Adds customers to a group; an unknown group or customer is a userError and nothing is added.",
  input: {
    name: "AddCustomersToGroupInput",
    schema: z.object({
      groupId: zodId().describe("The group to add to (cusgroup_…)."),
      customerIds: z.array(zodId()).describe("The customers to add (cus_…); ones already in the group stay."),
    }),
  },
  workflow: linkCustomersToGroupWorkflow,
  workflowInput: ({ groupId, customerIds }) => ({ group_id: groupId, customer_ids: customerIds }),
  payload: CustomerGroupPayload,
  result: (customerGroup) => ({ customerGroup }),
});
