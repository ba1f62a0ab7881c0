import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { PriceInput } from "../../../modules/pricing/types.ts";
import { assertPriceCurrencies, toPriceInput } from "./snapshots.ts";

/** A price set update: `prices` replace the set's default prices (price-list prices stay). */
export interface UpdatePriceSetInput {
  id: string;
  prices: PriceInput[];
}

export const updatePriceSetsStepId = "update-price-sets";

/** Replaces price sets' default prices, all or none; compensation writes the previous prices back. */
export const updatePriceSetsStep = createStep(
  updatePriceSetsStepId,
  async (input: UpdatePriceSetInput[], { container }) => {
    if (!input.length) return new StepResponse([], []);
    const pricing = container.resolve("pricing");
    await assertPriceCurrencies(
      container,
      input.flatMap((s) => s.prices),
      ["prices"],
    );
    const previous: UpdatePriceSetInput[] = [];
    for (const { id } of input) {
      const set = await pricing.retrievePriceSet(id, { relations: ["prices", "prices.price_rules"] });
      previous.push({ id, prices: (set.prices ?? []).filter((p) => p.price_list_id === null).map(toPriceInput) });
    }
    return new StepResponse(await pricing.updatePriceSetsWithPrices(input), previous);
  },
  async (previous, { container }) => {
    if (previous.length) await container.resolve("pricing").updatePriceSetsWithPrices(previous);
  },
);
