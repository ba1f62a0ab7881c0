import { model } from "../../framework/modules/model.ts";

export const Promotion = model("Promotion", {
  idPrefix: "promo",
  searchable: ["code"],
  cascades: { delete: ["application_method", "rules"] },
});
export const ApplicationMethod = model("ApplicationMethod", { idPrefix: "proappmet" });
export const PromotionRule = model("PromotionRule", { idPrefix: "prorul" });
export const Campaign = model("Campaign", {
  idPrefix: "procamp",
  searchable: ["name", "campaign_identifier"],
  cascades: { delete: ["budget"] },
});
export const CampaignBudget = model("CampaignBudget", { idPrefix: "probudg" });
