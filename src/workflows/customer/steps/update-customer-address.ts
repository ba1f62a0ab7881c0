import type { AddressInput } from "../../../modules/customer/service.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export interface UpdateCustomerAddressStepInput {
  customer_id: string;
  id: string;
  address: Partial<AddressInput>;
}

export const updateCustomerAddressStepId = "update-customer-address";

/**
 * Changes one of the customer's addresses (someone else's is NOT_FOUND); compensation writes back
 * the address and the default flags of the addresses that had them.
 */
export const updateCustomerAddressStep = createStep(
  updateCustomerAddressStepId,
  async (input: UpdateCustomerAddressStepInput, { container }) => {
    const { address, previous } = await container
      .resolve("customer")
      .updateAddress(input.customer_id, input.id, input.address);
    return new StepResponse(address, previous);
  },
  async (previous, { container }) => {
    const rows = previous.map(({ created_at: _c, updated_at: _u, deleted_at: _d, customer: _r, ...row }) => row);
    if (rows.length) await container.resolve("customer").updateCustomerAddresses(rows as never);
  },
);
