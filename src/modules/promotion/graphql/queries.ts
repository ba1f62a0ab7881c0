import { access } from "../../../framework/graphql/auth-scopes.ts";
import { Campaign, Promotion } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import {
  BooleanFilter,
  combinators,
  DateTimeFilter,
  IDFilter,
  StringFilter,
  toServiceFilters,
  type FilterOps,
} from "../../../framework/graphql/filters.ts";
import { sortInput } from "../../../framework/graphql/sort.ts";
import type { Filters } from "../../../framework/modules/filters.ts";
import { CampaignRef, PromotionRef, PromotionStatus, PromotionType } from "./types.ts";

interface PromotionFilterShape {
  id?: FilterOps;
  code?: FilterOps;
  status?: FilterOps;
  type?: FilterOps;
  isAutomatic?: { eq?: boolean | null; ne?: boolean | null } | null;
  campaignId?: FilterOps;
  and?: PromotionFilterShape[] | null;
  or?: PromotionFilterShape[] | null;
  not?: PromotionFilterShape | null;
}
interface CampaignFilterShape {
  id?: FilterOps;
  name?: FilterOps;
  campaignIdentifier?: FilterOps;
  startsAt?: FilterOps<Date>;
  endsAt?: FilterOps<Date>;
  and?: CampaignFilterShape[] | null;
  or?: CampaignFilterShape[] | null;
  not?: CampaignFilterShape | null;
}

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
const PromotionFilter = builder.inputRef<PromotionFilterShape>("PromotionFilter").implement({
  fields: (t) => ({
    id: t.field({ type: IDFilter, description: "The record's id." }),
    code: t.field({ type: StringFilter, description: "The code shoppers enter." }),
    status: t.field({ type: PromotionStatusFilter, description: "draft, active or inactive." }),
    type: t.field({ type: PromotionTypeFilter, description: "standard or buyget." }),
    isAutomatic: t.field({ type: BooleanFilter, description: "Applies without a code." }),
    campaignId: t.field({ type: IDFilter, description: "The campaign the promotion belongs to." }),
    ...combinators(t, PromotionFilter),
  }),
});
const CampaignFilter = builder.inputRef<CampaignFilterShape>("CampaignFilter").implement({
  fields: (t) => ({
    id: t.field({ type: IDFilter, description: "The record's id." }),
    name: t.field({ type: StringFilter, description: "The campaign's name." }),
    campaignIdentifier: t.field({ type: StringFilter, description: "The campaign's unique identifier." }),
    startsAt: t.field({ type: DateTimeFilter, description: "When the campaign starts." }),
    endsAt: t.field({ type: DateTimeFilter, description: "When the campaign ends." }),
    ...combinators(t, CampaignFilter),
  }),
});
const promotionFilters = (input: PromotionFilterShape | null | undefined): Filters =>
  toServiceFilters(input, {
    columns: {
      id: "id",
      code: "code",
      status: "status",
      type: "type",
      isAutomatic: "is_automatic",
      campaignId: "campaign_id",
    },
  });
const campaignFilters = (input: CampaignFilterShape | null | undefined): Filters =>
  toServiceFilters(input, {
    columns: {
      id: "id",
      name: "name",
      campaignIdentifier: "campaign_identifier",
      startsAt: "starts_at",
      endsAt: "ends_at",
    },
  });
const promotionSort = sortInput("Promotion", { CODE: "code", STATUS: "status", CREATED_AT: "created_at" });
const campaignSort = sortInput("Campaign", {
  NAME: "name",
  STARTS_AT: "starts_at",
  ENDS_AT: "ends_at",
  CREATED_AT: "created_at",
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
    model: Promotion,
    module: "promotion",
    authScopes: access.admin,
    description: "Promotions, filtered, searched (code) and sorted.",
    args: {
      filter: t.arg({ type: PromotionFilter, description: "Only promotions matching." }),
      search: t.arg.string({ description: "Case-insensitive substring of the searchable fields." }),
      sort: t.arg({ type: [promotionSort.input], description: "Order; ties by id." }),
    },
    filters: (args) => ({ ...promotionFilters(args.filter), q: args.search ?? undefined }),
    order: (args) => promotionSort.toOrder(args.sort),
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
    model: Campaign,
    module: "promotion",
    authScopes: access.admin,
    description: "Campaigns, filtered, searched (name, identifier) and sorted.",
    args: {
      filter: t.arg({ type: CampaignFilter, description: "Only campaigns matching." }),
      search: t.arg.string({ description: "Case-insensitive substring of the searchable fields." }),
      sort: t.arg({ type: [campaignSort.input], description: "Order; ties by id." }),
    },
    filters: (args) => ({ ...campaignFilters(args.filter), q: args.search ?? undefined }),
    order: (args) => campaignSort.toOrder(args.sort),
  }),
}));
