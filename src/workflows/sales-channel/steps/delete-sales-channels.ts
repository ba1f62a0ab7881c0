import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const deleteSalesChannelsStepId = "delete-sales-channels";

/** Soft-deletes sales channels (an unknown id is NOT_FOUND); compensation restores them. */
export const deleteSalesChannelsStep = createStep(
  deleteSalesChannelsStepId,
  async (ids: string[], { container }) => {
    const service = container.resolve("salesChannel");
    for (const id of ids) await service.retrieveSalesChannel(id);
    await service.softDeleteSalesChannels(ids);
    return new StepResponse(ids, ids);
  },
  async (ids, { container }) => {
    await container.resolve("salesChannel").restoreSalesChannels(ids);
  },
);
