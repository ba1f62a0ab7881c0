// The region module's core flows: every region mutation runs one of these.
export { createRegionsWorkflow, type CreateRegionWorkflowInput } from "./create-regions.ts";
export { updateRegionsWorkflow, type UpdateRegionWorkflowInput } from "./update-regions.ts";
export { deleteRegionsWorkflow } from "./delete-regions.ts";
