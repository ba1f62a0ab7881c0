import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const regionPricePreferenceIdsStepId = "region-price-preference-ids";

/** The ids of the pricing preferences kept for regions (read only: nothing to undo). */
export const regionPricePreferenceIdsStep = createStep(
  regionPricePreferenceIdsStepId,
  async (regionIds: string[], { container }) => {
    const rows = regionIds.length
      ? await container
          .resolve("pricing")
          .listPricePreferences({ attribute: "region_id", value: regionIds }, { select: ["id"] })
      : [];
    return new StepResponse(rows.map((row) => row.id));
  },
);
