import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { PriceListInput } from "../../../modules/pricing/types.ts";
import { assertPriceCurrencies, withDates } from "./snapshots.ts";

export const createPriceListsStepId = "create-price-lists";

/**
 * Creates price lists with their rules and prices, all or none (currencies and price sets must
 * exist, a list must end after it starts); compensation deletes them.
 */
export const createPriceListsStep = createStep(
  createPriceListsStepId,
  async (input: PriceListInput[], { container }) => {
    await assertPriceCurrencies(
      container,
      input.flatMap((l) => l.prices ?? []),
      ["prices"],
    );
    const lists = await container.resolve("pricing").createPriceListsWithPrices(input.map(withDates));
    return new StepResponse(
      lists,
      lists.map((l) => l.id),
    );
  },
  async (ids, { container }) => {
    if (ids.length) await container.resolve("pricing").deletePriceLists(ids);
  },
);
