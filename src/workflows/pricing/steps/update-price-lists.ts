import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { PriceListUpdate } from "../../../modules/pricing/types.ts";
import { assertPriceCurrencies, restoreOf, snapshotPriceList, withDates, type PriceListSnapshot } from "./snapshots.ts";

export const updatePriceListsStepId = "update-price-lists";

/**
 * Updates price lists, all or none; `rules` and `prices`, when given, replace the list's.
 * Compensation writes back the columns, rules and prices each list had.
 */
export const updatePriceListsStep = createStep(
  updatePriceListsStepId,
  async (input: PriceListUpdate[], { container }) => {
    await assertPriceCurrencies(
      container,
      input.flatMap((l) => l.prices ?? []),
      ["prices"],
    );
    const previous: PriceListSnapshot[] = [];
    for (const { id } of input) previous.push(await snapshotPriceList(container, id));
    return new StepResponse(
      await container.resolve("pricing").updatePriceListsWithPrices(input.map(withDates)),
      previous,
    );
  },
  async (previous, { container }) => {
    if (previous.length) await container.resolve("pricing").updatePriceListsWithPrices(previous.map(restoreOf));
  },
);
