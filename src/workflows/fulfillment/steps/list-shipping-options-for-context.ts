import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import {
  listShippingOptionsForContext,
  type ShippingOptionsForContextInput,
} from "../../../links/reads/shipping-options-for-context.ts";

export const listShippingOptionsForContextStepId = "list-shipping-options-for-context";

/** The shipping options valid for a context with their prices (read only: nothing to undo); for cart flows. */
export const listShippingOptionsForContextStep = createStep(
  listShippingOptionsForContextStepId,
  async (input: ShippingOptionsForContextInput, { container }) =>
    new StepResponse(await listShippingOptionsForContext(container, input)),
);
