import { FulfillmentEvents } from "../../modules/fulfillment/events.ts";
import { deleteWorkflow, rowsWorkflow } from "../common/rows-workflows.ts";
import * as steps from "./steps/rows.ts";

/** Creates shipping profiles; hook `shippingProfilesCreated` receives `{ shipping_profiles, additional_data }`. */
export const createShippingProfilesWorkflow = rowsWorkflow(
  "create-shipping-profiles",
  "shipping_profiles",
  "shippingProfilesCreated",
  steps.createShippingProfilesStep,
  FulfillmentEvents.SHIPPING_PROFILE_CREATED,
);
/** Updates shipping profiles; hook `shippingProfilesUpdated`; a failing hook writes the old values back. */
export const updateShippingProfilesWorkflow = rowsWorkflow(
  "update-shipping-profiles",
  "shipping_profiles",
  "shippingProfilesUpdated",
  steps.updateShippingProfilesStep,
  FulfillmentEvents.SHIPPING_PROFILE_UPDATED,
);
/** Soft-deletes unused shipping profiles; hook `shippingProfilesDeleted` receives `{ ids }`. */
export const deleteShippingProfilesWorkflow = deleteWorkflow(
  "delete-shipping-profiles",
  "shippingProfilesDeleted",
  steps.deleteShippingProfilesStep,
  FulfillmentEvents.SHIPPING_PROFILE_DELETED,
);
