/**
 * The tax module's domain events, emitted by the core tax workflows once the workflow has
 * succeeded. Every payload is `{ id }` of the tax region or rate.
 */
export const TaxEvents = {
  TAX_REGION_CREATED: "tax-region.created",
  TAX_REGION_UPDATED: "tax-region.updated",
  TAX_REGION_DELETED: "tax-region.deleted",
  TAX_RATE_CREATED: "tax-rate.created",
  TAX_RATE_UPDATED: "tax-rate.updated",
  TAX_RATE_DELETED: "tax-rate.deleted",
} as const;
