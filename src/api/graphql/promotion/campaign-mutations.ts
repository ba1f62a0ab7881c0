import { access } from "../../../framework/graphql/auth-scopes.ts";
import { columnsOf } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { Modules } from "../../../modules/index.ts";
import { CampaignRef } from "../../../modules/promotion/graphql/types.ts";
import {
  createCampaignsWorkflow,
  deleteCampaignsWorkflow,
  updateCampaignsWorkflow,
} from "../../../workflows/promotion/index.ts";
import { createCampaignSchema, updateCampaignSchema } from "./inputs.ts";

const CampaignPayload = payloadType("CampaignPayload", "campaign", CampaignRef);

workflowMutation("createCampaign", {
  access: access.admin,
  description:
    "Creates a campaign with an optional budget. An end before the start, a spend budget without (or with an unknown) currency, or an identifier in use is a userError.",
  input: { name: "CreateCampaignInput", schema: createCampaignSchema },
  hooks: true,
  workflow: createCampaignsWorkflow,
  workflowInput: (input) => ({
    campaigns: [
      {
        name: input.name,
        campaign_identifier: input.campaignIdentifier,
        description: input.description ?? null,
        starts_at: input.startsAt ?? null,
        ends_at: input.endsAt ?? null,
        budget: input.budget
          ? {
              type: input.budget.type,
              limit: input.budget.limit ?? null,
              currency_code: input.budget.currencyCode ?? null,
            }
          : null,
      },
    ],
  }),
  payload: CampaignPayload,
  result: async ([created], _input, ctx) => ({
    campaign: await ctx.scope.resolve(Modules.PROMOTION).retrieveCampaign(created?.id ?? "", { relations: ["budget"] }),
  }),
});

workflowMutation("updateCampaign", {
  access: access.admin,
  description: "Updates a campaign's names, dates and budget limit (never below what it has used).",
  input: { name: "UpdateCampaignInput", schema: updateCampaignSchema },
  hooks: true,
  workflow: updateCampaignsWorkflow,
  workflowInput: (input) => ({
    campaigns: [
      {
        ...columnsOf(input, ["budget"]),
        ...(input.budget?.limit != null ? { budget: { limit: input.budget.limit } } : {}),
      },
    ],
  }),
  payload: CampaignPayload,
  result: async (_output, input, ctx) => ({
    campaign: await ctx.scope.resolve(Modules.PROMOTION).retrieveCampaign(input.id, { relations: ["budget"] }),
  }),
});

deleteMutation("deleteCampaign", {
  access: access.admin,
  description: "Soft-deletes a campaign and its budget; its promotions stay, without campaign.",
  workflow: deleteCampaignsWorkflow,
});
