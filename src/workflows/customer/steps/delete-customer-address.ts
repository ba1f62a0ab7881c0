import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export interface DeleteCustomerAddressStepInput {
  customer_id: string;
  id: string;
}

export const deleteCustomerAddressStepId = "delete-customer-address";

/** Soft-deletes one of the customer's addresses (someone else's is NOT_FOUND); compensation restores it. */
export const deleteCustomerAddressStep = createStep(
  deleteCustomerAddressStepId,
  async (input: DeleteCustomerAddressStepInput, { container }) => {
    await container.resolve("customer").removeAddress(input.customer_id, input.id);
    return new StepResponse(input.id);
  },
  async (id, { container }) => {
    await container.resolve("customer").restoreCustomerAddresses([id]);
  },
);
