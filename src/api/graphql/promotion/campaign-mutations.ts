import type { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
import { Modules } from "../../../modules/index.ts";
import { CampaignRef } from "../../../modules/promotion/graphql/types.ts";
import {
  createCampaignsWorkflow,
  deleteCampaignsWorkflow,
  updateCampaignsWorkflow,
} from "../../../workflows/promotion/index.ts";
import { createCampaignSchema, updateCampaignSchema } from "./inputs.ts";

recordMutations("Campaign", {
  ref: CampaignRef,
  access: access.admin,
  batch: "campaigns",
  hooks: true,
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.PROMOTION).retrieveCampaign(id, { relations: ["budget"] }),
  create: {
    description:
      "Creates a campaign with an optional budget. An end before the start, a spend budget without (or with an unknown) currency, or an identifier in use is a userError.",
    schema: createCampaignSchema,
    workflow: createCampaignsWorkflow,
    convert: {
      budget: (budget: NonNullable<z.output<typeof createCampaignSchema>["budget"]>) => ({
        type: budget.type,
        limit: budget.limit ?? null,
        currency_code: budget.currencyCode ?? null,
      }),
    },
    defaults: { description: null, starts_at: null, ends_at: null, budget: null },
  },
  update: {
    description: "Updates a campaign's names, dates and budget limit (never below what it has used).",
    schema: updateCampaignSchema,
    workflow: updateCampaignsWorkflow,
    // Only the limit of a budget changes; without one the budget stays as it is.
    convert: { budget: ({ limit }: { limit?: string | null }) => (limit == null ? undefined : { limit }) },
  },
  delete: {
    description: "Soft-deletes a campaign and its budget; its promotions stay, without campaign.",
    workflow: deleteCampaignsWorkflow,
  },
});
