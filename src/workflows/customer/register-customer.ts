import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import type { EventMessage } from "../../framework/events/types.ts";
import { setAuthAppMetadataStep } from "../auth/steps/set-auth-app-metadata.ts";
import { verifyRegistrationStep } from "../auth/steps/verify-registration.ts";
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

export interface VerifyCustomerRegistrationWorkflowInput {
  /** The token from the verification mail. */
  token: string;
  customer: Omit<CreateCustomerAccountStepInput, "authIdentityId">;
}

/**
 * Registration by GraphQL in one step after the mail: confirms the email (creating the auth
 * identity with the password given at registration), creates the customer for it, records it on
 * the identity and emits `customer.created`. Hook `customerCreated` as in registerCustomerWorkflow;
 * if anything throws, the identity and customer are deleted and the link works again.
 */
export const verifyCustomerRegistrationWorkflow = createWorkflow(
  { name: "verify-customer-registration", redact: ["token", "provider_metadata"] },
  (input: VerifyCustomerRegistrationWorkflowInput) => {
    const identity = verifyRegistrationStep(
      transform({ input }, ({ input: i }) => ({ provider: "emailpass", actor_type: "customer", token: i.token })),
    );
    const customer = createCustomerAccountStep(
      transform({ identity, input }, ({ identity: a, input: i }) => ({ ...i.customer, authIdentityId: a.id })),
    );
    setAuthAppMetadataStep(
      transform({ customer, identity }, ({ customer: c, identity: a }) => ({
        authIdentityId: a.id,
        actorType: "customer",
        value: c.id,
      })),
    );
    const created = createHook("customerCreated", { customer, additional_data: undefined });
    emitEventStep(
      transform({ customer }, ({ customer: c }): EventMessage[] => [{ name: "customer.created", data: { id: c.id } }]),
    );
    return new WorkflowResponse(
      transform({ customer, identity }, ({ customer: c, identity: a }) => ({ customer: c, authIdentityId: a.id })),
      { hooks: [created] },
    );
  },
);
