/**
 * The region module's domain events, emitted by the core region workflows once the workflow has
 * succeeded (Medusa's names). Every payload is `{ id }` of the region.
 */
export const RegionEvents = {
  REGION_CREATED: "region.created",
  REGION_UPDATED: "region.updated",
  REGION_DELETED: "region.deleted",
} as const;
