import { access } from "../../../framework/graphql/auth-scopes.ts";
import { Campaign, Promotion } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { listInputs } from "../../../framework/graphql/list-inputs.ts";
import { CampaignRef, PromotionRef, PromotionStatus, PromotionType } from "./types.ts";

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
  promotion: t.prismaField({
    authScopes: access.admin,
    type: PromotionRef,
    nullable: true,
    description: "A promotion by id with its application method, rules and campaign (admin only).",
    args: { id: t.arg.id({ required: true, description: "The record's id." }) },
    resolve: async (query, _root, args, ctx) =>
      (await ctx.scope.resolve("promotion").listPromotions({ id: args.id }, { take: 1, prismaQuery: query }))[0] ??
      null,
  }),
  promotions: rootList(t, {
    type: PromotionRef,
    list: promotionList,
    module: "promotion",
    authScopes: access.admin,
    description: "Promotions, filtered, searched (code) and sorted.",
  }),
  campaign: t.prismaField({
    authScopes: access.admin,
    type: CampaignRef,
    nullable: true,
    description: "A campaign by id with its budget and promotions (admin only).",
    args: { id: t.arg.id({ required: true, description: "The record's id." }) },
    resolve: async (query, _root, args, ctx) =>
      (await ctx.scope.resolve("promotion").listCampaigns({ id: args.id }, { take: 1, prismaQuery: query }))[0] ?? null,
  }),
  campaigns: rootList(t, {
    type: CampaignRef,
    list: campaignList,
    module: "promotion",
    authScopes: access.admin,
    description: "Campaigns, filtered, searched (name, identifier) and sorted.",
  }),
}));
