import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { PriceInput } from "../../../modules/pricing/types.ts";
import { assertPriceCurrencies } from "./snapshots.ts";

/** A price set to create: its default prices. */
export interface CreatePriceSetInput {
  prices?: PriceInput[];
}

export const createPriceSetsStepId = "create-price-sets";

/** Creates price sets with their prices, all or none (currencies must exist); compensation deletes them. */
export const createPriceSetsStep = createStep(
  createPriceSetsStepId,
  async (input: CreatePriceSetInput[], { container }) => {
    if (!input.length) return new StepResponse([], []);
    await assertPriceCurrencies(
      container,
      input.flatMap((s) => s.prices ?? []),
      ["prices"],
    );
    const sets = await container.resolve("pricing").createPriceSetsWithPrices(input);
    return new StepResponse(
      sets,
      sets.map((s) => s.id),
    );
  },
  async (ids, { container }) => {
    if (ids.length) await container.resolve("pricing").deletePriceSets(ids);
  },
);
