import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { PriceInput } from "../../../modules/pricing/types.ts";
import ShippingOptionPriceSet from "../../../links/shipping-option-price-set.ts";

/** A flat option's price: per currency, or per region (in the region's currency, winning over the currency's). */
export interface ShippingPriceInput {
  amount: string;
  currency_code?: string | null;
  region_id?: string | null;
}

export const resolveShippingPricesStepId = "resolve-shipping-prices";

/**
 * Turns shipping prices into the pricing module's prices: a region price takes the region's
 * currency and a `region_id` rule. An unknown region, a price naming neither or both, or prices
 * on a calculated option are INVALID_DATA; writes nothing.
 */
export const resolveShippingPricesStep = createStep(
  resolveShippingPricesStepId,
  async (input: { price_type?: string; prices?: ShippingPriceInput[] | null }[], { container }) => {
    const regionIds = [
      ...new Set(input.flatMap((o) => (o.prices ?? []).flatMap((p) => (p.region_id ? [p.region_id] : [])))),
    ];
    const regions = regionIds.length
      ? await container.resolve("region").listRegions({ id: regionIds }, { select: ["id", "currency_code"] })
      : [];
    const currencyOf = new Map(regions.map((r) => [r.id, r.currency_code]));
    const out = input.map((option) => {
      if (!option.prices) return null;
      if (option.price_type === "calculated" && option.prices.length)
        throw new TesseraError(
          TesseraError.Types.INVALID_DATA,
          "A calculated option has no prices: its provider prices it",
          {
            field: ["prices"],
          },
        );
      return option.prices.map((p, i): PriceInput => {
        const field = ["prices", String(i)];
        if (Boolean(p.region_id) === Boolean(p.currency_code))
          throw new TesseraError(TesseraError.Types.INVALID_DATA, "A price names either a currencyCode or a regionId", {
            field,
          });
        if (p.currency_code) return { amount: p.amount, currency_code: p.currency_code.toLowerCase() };
        const currency = currencyOf.get(p.region_id ?? "");
        if (!currency)
          throw new TesseraError(TesseraError.Types.INVALID_DATA, `Region ${p.region_id} does not exist`, {
            field: [...field, "regionId"],
          });
        return { amount: p.amount, currency_code: currency, rules: { region_id: p.region_id ?? "" } };
      });
    });
    return new StepResponse(out);
  },
);

export const listShippingOptionPriceSetsStepId = "list-shipping-option-price-sets";

/** The price set linked to each option: `{ [shipping_option_id]: price_set_id }`. */
export const listShippingOptionPriceSetsStep = createStep(
  listShippingOptionPriceSetsStepId,
  async (optionIds: string[], { container }) => {
    if (!optionIds.length) return new StepResponse<Record<string, string>>({});
    const rows = await container.resolve("link").list(ShippingOptionPriceSet, { shipping_option_id: optionIds });
    return new StepResponse(
      Object.fromEntries(rows.map((r) => [String(r.shipping_option_id), String(r.price_set_id)])),
    );
  },
);
