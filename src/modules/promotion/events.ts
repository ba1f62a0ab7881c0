/**
 * The promotion module's domain events, emitted by the core promotion workflows once the workflow
 * has succeeded (Medusa's names). Every payload is `{ id }`.
 */
export const PromotionEvents = {
  PROMOTION_CREATED: "promotion.created",
  PROMOTION_UPDATED: "promotion.updated",
  PROMOTION_DELETED: "promotion.deleted",
  CAMPAIGN_CREATED: "campaign.created",
  CAMPAIGN_UPDATED: "campaign.updated",
  CAMPAIGN_DELETED: "campaign.deleted",
} as const;
