import type { UpdateInput } from "../../../framework/modules/service-factory.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const updateSalesChannelsStepId = "update-sales-channels";

/** Updates sales channels (an unknown id is NOT_FOUND); compensation writes back what they were. */
export const updateSalesChannelsStep = createStep(
  updateSalesChannelsStepId,
  async (input: UpdateInput<"SalesChannel">[], { container }) => {
    const service = container.resolve("salesChannel");
    const before = await Promise.all(input.map((row) => service.retrieveSalesChannel(row.id)));
    const previous = before.map(({ id, name, description, is_disabled, metadata }) => ({
      id,
      name,
      description,
      is_disabled,
      metadata: metadata ?? undefined,
    }));
    return new StepResponse(await service.updateSalesChannels(input), previous);
  },
  async (previous, { container }) => {
    await container.resolve("salesChannel").updateSalesChannels(previous);
  },
);
