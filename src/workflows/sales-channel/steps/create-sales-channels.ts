import type { CreateInput, Row } from "../../../framework/modules/service-factory.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const createSalesChannelsStepId = "create-sales-channels";

/** Creates sales channels; compensation deletes them. */
export const createSalesChannelsStep = createStep(
  createSalesChannelsStepId,
  async (input: CreateInput<"SalesChannel">[], { container }) => {
    const rows: Row<"SalesChannel">[] = await container.resolve("salesChannel").createSalesChannels(input);
    return new StepResponse(
      rows,
      rows.map((row) => row.id),
    );
  },
  async (ids, { container }) => {
    if (ids.length) await container.resolve("salesChannel").deleteSalesChannels(ids);
  },
);
