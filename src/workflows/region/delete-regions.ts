import { RegionEvents } from "../../modules/region/events.ts";
import { deleteWorkflow } from "../common/rows-workflows.ts";
import { deleteRegionsStep } from "./steps/regions.ts";

/** Soft-deletes regions (their countries become free); hook `regionsDeleted` receives `{ ids }`; a failing hook restores them. */
export const deleteRegionsWorkflow = deleteWorkflow("delete-regions", "regionsDeleted", deleteRegionsStep, RegionEvents.REGION_DELETED);
