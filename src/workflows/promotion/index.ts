// The promotion module's core flows: every promotion and campaign mutation runs one of these.
export { createPromotionsWorkflow } from "./create-promotions.ts";
export { updatePromotionsWorkflow } from "./update-promotions.ts";
export { deletePromotionsWorkflow } from "./delete-promotions.ts";
export { addPromotionRulesWorkflow, removePromotionRulesWorkflow } from "./promotion-rules.ts";
export { createCampaignsWorkflow, updateCampaignsWorkflow, deleteCampaignsWorkflow } from "./campaigns.ts";
export { registerUsageOfPromotionsStep } from "./steps/usage.ts";
