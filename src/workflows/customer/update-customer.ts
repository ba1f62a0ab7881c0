import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
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
