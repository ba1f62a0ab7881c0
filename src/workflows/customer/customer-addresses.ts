import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import type { AdditionalData } from "../product/rows-workflows.ts";
import { createCustomerAddressStep, type CreateCustomerAddressStepInput } from "./steps/create-customer-address.ts";
import { updateCustomerAddressStep, type UpdateCustomerAddressStepInput } from "./steps/update-customer-address.ts";
import { deleteCustomerAddressStep, type DeleteCustomerAddressStepInput } from "./steps/delete-customer-address.ts";

const customerUpdated = (id: string): EventMessage[] => [{ name: "customer.updated", data: { id } }];

/**
 * Medusa's `createCustomerAddressesWorkflow` (one address): adds it and emits `customer.updated`
 * for its customer. Hook `addressesCreated` receives `{ addresses, additional_data }`; if it
 * throws, the address is deleted, the old defaults get their flags back and nothing is emitted.
 */
export const createCustomerAddressWorkflow = createWorkflow(
  "create-customer-address",
  (input: CreateCustomerAddressStepInput & { additional_data?: AdditionalData }) => {
    const address = createCustomerAddressStep(input);
    const addresses = transform({ address }, ({ address: a }) => [a]);
    const created = createHook("addressesCreated", { addresses, additional_data: input.additional_data });
    emitEventStep(transform({ input }, ({ input: i }) => customerUpdated(i.customer_id)));
    return new WorkflowResponse(address, { hooks: [created] });
  },
);

/**
 * Medusa's `deleteCustomerAddressesWorkflow` (one address of the caller): soft-deletes it and
 * emits `customer.updated`. Hook `addressesDeleted` receives `{ ids }`; if it throws, the address is back.
 */
export const deleteCustomerAddressWorkflow = createWorkflow(
  "delete-customer-address",
  (input: DeleteCustomerAddressStepInput) => {
    const id = deleteCustomerAddressStep(input);
    const deleted = createHook("addressesDeleted", { ids: transform({ id }, ({ id: i }) => [i]) });
    emitEventStep(transform({ input }, ({ input: i }) => customerUpdated(i.customer_id)));
    return new WorkflowResponse(id, { hooks: [deleted] });
  },
);

/**
 * Medusa's `updateCustomerAddressesWorkflow` (one address of the caller): changes it, a new
 * default taking the flag from the old one, and emits `customer.updated`. Hook `addressesUpdated`
 * receives `{ addresses, additional_data }`; if it throws, the address and flags are as before.
 */
export const updateCustomerAddressWorkflow = createWorkflow(
  "update-customer-address",
  (input: UpdateCustomerAddressStepInput & { additional_data?: AdditionalData }) => {
    const address = updateCustomerAddressStep(input);
    const addresses = transform({ address }, ({ address: a }) => [a]);
    const updated = createHook("addressesUpdated", { addresses, additional_data: input.additional_data });
    emitEventStep(transform({ input }, ({ input: i }) => customerUpdated(i.customer_id)));
    return new WorkflowResponse(address, { hooks: [updated] });
  },
);
