import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export interface CreateCustomerAccountStepInput {
  authIdentityId: string;
  first_name?: string | null;
  last_name?: string | null;
  phone?: string | null;
  company_name?: string | null;
}

export const createCustomerAccountStepId = "create-customer-account";

/** Creates the customer (with an account) for an auth identity's email; compensation deletes it. */
export const createCustomerAccountStep = createStep(
  createCustomerAccountStepId,
  async (input: CreateCustomerAccountStepInput, { container }) => {
    const { authIdentityId, ...fields } = input;
    const [identity] = await container
      .resolve("auth")
      .listProviderIdentities({ auth_identity_id: authIdentityId }, { take: 1, order: { created_at: "ASC" } });
    if (!identity) throw new TesseraError(TesseraError.Types.UNAUTHORIZED, "The auth identity no longer exists");
    const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    const customer = await container
      .resolve("customer")
      .createCustomers({ email: identity.entity_id, has_account: true, ...defined });
    return new StepResponse(customer, customer.id);
  },
  async (id, { container }) => {
    await container.resolve("customer").deleteCustomers([id]);
  },
);
