// The fulfillment module's core flows: every fulfillment mutation runs one of these.
export {
  createShippingProfilesWorkflow,
  updateShippingProfilesWorkflow,
  deleteShippingProfilesWorkflow,
} from "./shipping-profiles.ts";
export {
  createFulfillmentSetsWorkflow,
  deleteFulfillmentSetsWorkflow,
  type CreateFulfillmentSetWorkflowInput,
} from "./fulfillment-sets.ts";
export { createServiceZonesWorkflow, updateServiceZonesWorkflow, deleteServiceZonesWorkflow } from "./service-zones.ts";
export {
  createShippingOptionsWorkflow,
  updateShippingOptionsWorkflow,
  deleteShippingOptionsWorkflow,
  type CreateShippingOptionWorkflowInput,
  type UpdateShippingOptionWorkflowInput,
} from "./shipping-options.ts";
export { listShippingOptionsForContextStep } from "./steps/list-shipping-options-for-context.ts";
