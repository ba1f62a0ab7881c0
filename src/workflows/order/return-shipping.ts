import type { TesseraContainer } from "../../framework/container/container.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import ShippingOptionPriceSet from "../../links/shipping-option-price-set.ts";

/** A return shipping option as a return uses it: its provider and what it costs in the order's currency. */
export interface ReturnShipping {
  shipping_option_id: string;
  provider_id: string;
  /** A decimal string; "0" when the option has no price in the currency. */
  amount: string;
}

/**
 * The return shipping option's provider and flat price in the order's currency and region (the
 * pricing module's price through shipping_option_price_set). Unknown is NOT_FOUND on
 * `returnShippingOptionId`.
 */
export async function returnShipping(
  container: TesseraContainer,
  optionId: string,
  context: { currency_code: string; region_id: string | null },
): Promise<ReturnShipping> {
  const [option] = await container
    .resolve("fulfillment")
    .listShippingOptions({ id: optionId }, { select: ["id", "provider_id", "price_type"] });
  if (!option)
    throw new TesseraError(TesseraError.Types.NOT_FOUND, `Shipping option ${optionId} was not found`, {
      field: ["returnShippingOptionId"],
    });
  const [set] = await container.resolve("link").list(ShippingOptionPriceSet, { shipping_option_id: optionId });
  const [price] = set
    ? await container.resolve("pricing").calculatePrices(
        { id: [String(set.price_set_id)] },
        {
          context: {
            currency_code: context.currency_code,
            ...(context.region_id ? { region_id: context.region_id } : {}),
          },
        },
      )
    : [];
  return { shipping_option_id: option.id, provider_id: option.provider_id, amount: price?.calculated_amount ?? "0" };
}
