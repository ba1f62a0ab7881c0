import type { Row } from "../../../framework/modules/service-factory.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { CreateCampaignInput, UpdateCampaignInput } from "../../../modules/promotion/types.ts";
import { columnsOf, each, moduleRowSteps } from "../../common/steps/module-rows.ts";

const { createRowsStep, updateRowsStep } = moduleRowSteps("promotion");

export const createCampaignsStepId = "create-campaigns";
/** Creates campaigns with their budget; compensation deletes them. */
export const createCampaignsStep = createRowsStep(
  createCampaignsStepId,
  (s, input: CreateCampaignInput[]) => s.createCampaignsWithBudget(input),
  (s, ids) => s.deleteCampaigns(ids),
);

export const updateCampaignsStepId = "update-campaigns";
/** Updates campaigns and their budget limit; compensation writes back their columns and limit. */
export const updateCampaignsStep = updateRowsStep(updateCampaignsStepId, {
  snapshot: (s, ids) => each(ids, (id) => s.retrieveCampaign(id, { relations: ["budget"] })),
  update: (s, input: UpdateCampaignInput[]) => each(input, (data) => s.updateCampaignWithBudget(data)),
  restore: (s, previous: Row<"Campaign">[]) =>
    each(previous, async (c) => {
      await s.updateCampaigns({ id: c.id, ...columnsOf(c, ["budget"]) });
      // Only the limit: `used` moves through registerUsage alone, also while this runs.
      if (c.budget) await s.updateCampaignBudgets({ id: c.budget.id, limit: c.budget.limit });
    }),
});

export const deleteCampaignsStepId = "delete-campaigns";
/**
 * Soft-deletes campaigns with their budget and detaches their promotions (which then run without
 * dates or budget, as in Medusa); compensation restores both.
 */
export const deleteCampaignsStep = createStep(
  deleteCampaignsStepId,
  async (ids: string[], { container }) => {
    const detached = await container.resolve("promotion").deleteCampaignsDetaching(ids);
    return new StepResponse(ids, { ids, detached });
  },
  async (previous, { container }) => {
    const service = container.resolve("promotion");
    await service.restoreCampaigns(previous.ids);
    if (previous.detached.length)
      await service.updatePromotions(previous.detached.map((d) => ({ id: d.id, campaign_id: d.campaign_id })));
  },
);
