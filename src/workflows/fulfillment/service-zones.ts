import { FulfillmentEvents } from "../../modules/fulfillment/events.ts";
import { deleteWorkflow, rowsWorkflow } from "../common/rows-workflows.ts";
import * as steps from "./steps/rows.ts";

/** Creates service zones with their geo zones in a fulfillment set; hook `serviceZonesCreated`. */
export const createServiceZonesWorkflow = rowsWorkflow(
  "create-service-zones",
  "service_zones",
  "serviceZonesCreated",
  steps.createServiceZonesStep,
  FulfillmentEvents.SERVICE_ZONE_CREATED,
);
/** Updates service zones (geo zones replace theirs); hook `serviceZonesUpdated`. */
export const updateServiceZonesWorkflow = rowsWorkflow(
  "update-service-zones",
  "service_zones",
  "serviceZonesUpdated",
  steps.updateServiceZonesStep,
  FulfillmentEvents.SERVICE_ZONE_UPDATED,
);
/** Soft-deletes service zones with their geo zones and shipping options; hook `serviceZonesDeleted`. */
export const deleteServiceZonesWorkflow = deleteWorkflow(
  "delete-service-zones",
  "serviceZonesDeleted",
  steps.deleteServiceZonesStep,
  FulfillmentEvents.SERVICE_ZONE_DELETED,
);
