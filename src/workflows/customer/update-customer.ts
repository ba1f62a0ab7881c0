import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { changeIdentifierStep } from "../auth/steps/change-credentials.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { updateCustomerStep, type UpdateCustomerStepInput } from "./steps/update-customer.ts";

/**
 * Updates a customer and emits `customer.updated`. Hook `customerUpdated` receives `{ customer }`;
 * if it throws, the old values are written back and nothing is emitted.
 */
export const updateCustomerWorkflow = createWorkflow("update-customer", (input: UpdateCustomerStepInput) => {
  const customer = updateCustomerStep(input);
  const updated = createHook("customerUpdated", { customer });
  emitEventStep(
    transform({ customer }, ({ customer: c }): EventMessage[] => [{ name: "customer.updated", data: { id: c.id } }]),
  );
  return new WorkflowResponse(customer, { hooks: [updated] });
});

export interface UpdateCustomerEmailWorkflowInput {
  customer_id: string;
  auth_identity_id: string;
  email: string;
}

/**
 * A logged-in customer's new email: their login (the emailpass identity) and the customer record
 * move together, and `customer.updated` is emitted. DUPLICATE naming `email` when another account
 * has it; if anything throws, both keep the old address.
 */
export const updateCustomerEmailWorkflow = createWorkflow(
  { name: "update-customer-email", redact: ["password"] },
  (input: UpdateCustomerEmailWorkflowInput) => {
    changeIdentifierStep(
      transform({ input }, ({ input: i }) => ({
        auth_identity_id: i.auth_identity_id,
        provider: "emailpass",
        email: i.email,
      })),
    );
    const customer = updateCustomerStep(
      transform({ input }, ({ input: i }) => ({ id: i.customer_id, email: i.email })),
    );
    emitEventStep(
      transform({ customer }, ({ customer: c }): EventMessage[] => [{ name: "customer.updated", data: { id: c.id } }]),
    );
    return new WorkflowResponse(customer);
  },
);
