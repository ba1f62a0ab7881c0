import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const validateCurrenciesStepId = "validate-currencies";

/** Refuses currency codes the currency module does not know (INVALID_DATA on `field`); writes nothing. */
export const validateCurrenciesStep = createStep(
  validateCurrenciesStepId,
  async (input: { codes: string[]; field: string[] }, { container }) => {
    await container.resolve("currency").assertCurrencies(input.codes, input.field);
    return new StepResponse(input.codes.length);
  },
);
