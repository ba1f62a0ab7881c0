import { access } from "../../../framework/graphql/auth-scopes.ts";
import { Campaign, Promotion } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { listInputs } from "../../../framework/graphql/list-inputs.ts";
import { CampaignRef, PromotionRef, PromotionStatus, PromotionType } from "./types.ts";
import { rootRecord } from "../../../framework/graphql/root-record.ts";

const PromotionStatusFilter = builder.inputType("PromotionStatusFilter", {
  fields: (t) => ({
    eq: t.field({ type: PromotionStatus, description: "Equal to." }),
    in: t.field({ type: [PromotionStatus], description: "One of." }),
  }),
});
const PromotionTypeFilter = builder.inputType("PromotionTypeFilter", {
  fields: (t) => ({
    eq: t.field({ type: PromotionType, description: "Equal to." }),
    in: t.field({ type: [PromotionType], description: "One of." }),
  }),
});
const descriptions = (records: string) => ({
  filter: `Only ${records} matching.`,
  search: "Case-insensitive substring of the searchable fields.",
  sort: "Order; ties by id.",
});
const promotionList = listInputs(Promotion, {
  filter: {
    columns: {
      id: "The record's id.",
      code: "The code shoppers enter.",
      status: { type: PromotionStatusFilter, description: "draft, active or inactive." },
      type: { type: PromotionTypeFilter, description: "standard or buyget." },
      is_automatic: "Applies without a code.",
      campaign_id: "The campaign the promotion belongs to.",
    },
  },
  sort: ["code", "status", "created_at"],
  descriptions: descriptions("promotions"),
});
const campaignList = listInputs(Campaign, {
  filter: {
    columns: {
      id: "The record's id.",
      name: "The campaign's name.",
      campaign_identifier: "The campaign's unique identifier.",
      starts_at: "When the campaign starts.",
      ends_at: "When the campaign ends.",
    },
  },
  sort: ["name", "starts_at", "ends_at", "created_at"],
  descriptions: descriptions("campaigns"),
});

builder.queryFields((t) => ({
  promotion: rootRecord(t, {
    type: PromotionRef,
    model: Promotion,
    module: "promotion",
    authScopes: access.admin,
    description: "A promotion by id with its application method, rules and campaign (admin only).",
    idDescription: "The record's id.",
  }),
  promotions: rootList(t, {
    type: PromotionRef,
    list: promotionList,
    module: "promotion",
    authScopes: access.admin,
    description: "Promotions, filtered, searched (code) and sorted.",
  }),
  campaign: rootRecord(t, {
    type: CampaignRef,
    model: Campaign,
    module: "promotion",
    authScopes: access.admin,
    description: "A campaign by id with its budget and promotions (admin only).",
    idDescription: "The record's id.",
  }),
  campaigns: rootList(t, {
    type: CampaignRef,
    list: campaignList,
    module: "promotion",
    authScopes: access.admin,
    description: "Campaigns, filtered, searched (name, identifier) and sorted.",
  }),
}));
