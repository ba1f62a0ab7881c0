import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export interface UpdateCustomerStepInput {
  id: string;
  first_name?: string | null;
  last_name?: string | null;
  phone?: string | null;
  company_name?: string | null;
  /** Changed only together with the auth identity's email (updateCustomerEmailWorkflow). */
  email?: string;
}

export const updateCustomerStepId = "update-customer";

/** Updates a customer's own fields; compensation writes back what they were. */
export const updateCustomerStep = createStep(
  updateCustomerStepId,
  async (input: UpdateCustomerStepInput, { container }) => {
    const customers = container.resolve("customer");
    const before = await customers.retrieveCustomer(input.id);
    const previous = {
      id: before.id,
      first_name: before.first_name,
      last_name: before.last_name,
      phone: before.phone,
      company_name: before.company_name,
      email: before.email,
    };
    return new StepResponse(await customers.updateCustomers(input), previous);
  },
  async (previous, { container }) => {
    await container.resolve("customer").updateCustomers(previous);
  },
);
