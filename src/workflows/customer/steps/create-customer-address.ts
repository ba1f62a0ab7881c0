import type { AddressInput } from "../../../modules/customer/service.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export interface CreateCustomerAddressStepInput {
  customer_id: string;
  address: AddressInput;
}

export const createCustomerAddressStepId = "create-customer-address";

/**
 * Adds an address to a customer (a new default takes the flag from the old one); compensation
 * deletes it and gives the flags back to the addresses that had them.
 */
export const createCustomerAddressStep = createStep(
  createCustomerAddressStepId,
  async (input: CreateCustomerAddressStepInput, { container }) => {
    const customers = container.resolve("customer");
    const defaults = await customers.listCustomerAddresses({
      customer_id: input.customer_id,
      $or: [{ is_default_shipping: true }, { is_default_billing: true }],
    });
    const address = await customers.addAddress(input.customer_id, input.address);
    const previous = defaults.map((a) => ({
      id: a.id,
      is_default_shipping: a.is_default_shipping,
      is_default_billing: a.is_default_billing,
    }));
    return new StepResponse(address, { id: address.id, previous });
  },
  async ({ id, previous }, { container }) => {
    const customers = container.resolve("customer");
    await customers.deleteCustomerAddresses([id]);
    if (previous.length) await customers.updateCustomerAddresses(previous);
  },
);
