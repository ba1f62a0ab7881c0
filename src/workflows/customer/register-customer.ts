import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import type { EventMessage } from "../../framework/events/types.ts";
import { setAuthAppMetadataStep } from "../auth/steps/set-auth-app-metadata.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import type { AdditionalData } from "../product/rows-workflows.ts";
import { createCustomerAccountStep, type CreateCustomerAccountStepInput } from "./steps/create-customer-account.ts";

export interface RegisterCustomerWorkflowInput {
  customer: CreateCustomerAccountStepInput;
  additional_data?: AdditionalData;
}

/**
 * Medusa's `createCustomerAccountWorkflow`: creates the customer for an auth identity, records
 * it on the identity and emits `customer.created`. Hook `customerCreated` receives
 * `{ customer, additional_data }`; if anything throws, the customer is deleted and no event goes out.
 */
export const registerCustomerWorkflow = createWorkflow("register-customer", (input: RegisterCustomerWorkflowInput) => {
  const customer = createCustomerAccountStep(input.customer);
  setAuthAppMetadataStep(
    transform({ customer, input }, ({ customer: c, input: i }) => ({
      authIdentityId: i.customer.authIdentityId,
      actorType: "customer",
      value: c.id,
    })),
  );
  const created = createHook("customerCreated", { customer, additional_data: input.additional_data });
  emitEventStep(
    transform({ customer }, ({ customer: c }): EventMessage[] => [{ name: "customer.created", data: { id: c.id } }]),
  );
  return new WorkflowResponse(customer, { hooks: [created] });
});
