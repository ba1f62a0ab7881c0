import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { PromotionEvents } from "../../modules/promotion/events.ts";
import type { CreateCampaignInput, UpdateCampaignInput } from "../../modules/promotion/types.ts";
import type { AdditionalData } from "../common/rows-workflows.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { validateCurrenciesStep } from "../common/steps/validate-currencies.ts";
import { createCampaignsStep, deleteCampaignsStep, updateCampaignsStep } from "./steps/campaigns.ts";

/**
 * Creates campaigns with their budget (a spend budget's currency is checked), emits
 * `campaign.created`. Hook `campaignsCreated` receives `{ campaigns, additional_data }`.
 */
export const createCampaignsWorkflow = createWorkflow(
  "create-campaigns",
  (input: { campaigns: CreateCampaignInput[]; additional_data?: AdditionalData }) => {
    validateCurrenciesStep(
      transform({ input }, ({ input: i }) => ({
        codes: i.campaigns.flatMap((c) => (c.budget?.currency_code ? [c.budget.currency_code] : [])),
        field: ["budget", "currencyCode"],
      })),
    );
    const campaigns = createCampaignsStep(input.campaigns);
    const created = createHook("campaignsCreated", { campaigns, additional_data: input.additional_data });
    emitEventStep(
      transform({ campaigns }, ({ campaigns: rows }) =>
        rows.map((c): EventMessage => ({ name: PromotionEvents.CAMPAIGN_CREATED, data: { id: c.id } })),
      ),
    );
    return new WorkflowResponse(campaigns, { hooks: [created] });
  },
);

/** Updates campaigns (dates, names, budget limit), emits `campaign.updated`; hook `campaignsUpdated`. */
export const updateCampaignsWorkflow = createWorkflow(
  "update-campaigns",
  (input: { campaigns: UpdateCampaignInput[]; additional_data?: AdditionalData }) => {
    const campaigns = updateCampaignsStep(input.campaigns);
    const updated = createHook("campaignsUpdated", { campaigns, additional_data: input.additional_data });
    emitEventStep(
      transform({ input }, ({ input: i }) =>
        i.campaigns.map((c): EventMessage => ({ name: PromotionEvents.CAMPAIGN_UPDATED, data: { id: c.id } })),
      ),
    );
    return new WorkflowResponse(campaigns, { hooks: [updated] });
  },
);

/** Soft-deletes campaigns and detaches their promotions, emits `campaign.deleted`; hook `campaignsDeleted`. */
export const deleteCampaignsWorkflow = createWorkflow("delete-campaigns", (input: { ids: string[] }) => {
  const ids = deleteCampaignsStep(input.ids);
  const deleted = createHook("campaignsDeleted", { ids });
  emitEventStep(
    transform({ ids }, ({ ids: list }) =>
      list.map((id): EventMessage => ({ name: PromotionEvents.CAMPAIGN_DELETED, data: { id } })),
    ),
  );
  return new WorkflowResponse(ids, { hooks: [deleted] });
});
