import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { ComputeActions } from "../../../modules/promotion/types.ts";

export const registerUsageOfPromotionsStepId = "register-usage-of-promotions";
/**
 * Consumes the campaign budgets of computed actions (order placement); a budget that cannot cover
 * them fails the step with NOT_ALLOWED and nothing is consumed. Compensation gives it back.
 */
export const registerUsageOfPromotionsStep = createStep(
  registerUsageOfPromotionsStepId,
  async (actions: ComputeActions[], { container }) => {
    await container.resolve("promotion").registerUsage(actions);
    return new StepResponse(actions.length, actions);
  },
  async (actions, { container }) => {
    if (actions.length) await container.resolve("promotion").revertUsage(actions);
  },
);
