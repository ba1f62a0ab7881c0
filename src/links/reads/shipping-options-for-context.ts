import type { TesseraContainer } from "../../framework/container/container.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import type { Context } from "../../framework/modules/service-factory.ts";
import { decimalToString, type AmountInput } from "../../framework/money/index.ts";
import type { ShippingAddress } from "../../modules/fulfillment/geo-zones.ts";
import SalesChannelStockLocation from "../sales-channel-stock-location.ts";
import ShippingOptionPriceSet from "../shipping-option-price-set.ts";
import StockLocationFulfillmentSet from "../stock-location-fulfillment-set.ts";

/** Where and what a shopper ships: what `shippingOptionsForCart` passes from the cart. */
export interface ShippingOptionsForContextInput {
  address: ShippingAddress;
  currency_code: string;
  region_id?: string | null;
  /** The locations to ship from: the sales channel's (sales_channel_stock_location), or these. */
  sales_channel_id?: string | null;
  stock_location_ids?: string[] | null;
  /** Checked against `item_subtotal` rules (min / max subtotal). */
  item_subtotal?: AmountInput | null;
  is_return?: boolean;
}

/** A shipping option a shopper may pick, with its price in the context's currency (and region). */
export interface PricedShippingOption {
  id: string;
  name: string;
  price_type: "flat" | "calculated";
  provider_id: string;
  shipping_profile_id: string;
  service_zone_id: string;
  type: { label: string; description: string | null; code: string } | null;
  /** A decimal string in `currency_code`. */
  amount: string;
  currency_code: string;
  is_tax_inclusive: boolean;
}

/**
 * The shipping options valid for a context (Medusa's listShippingOptionsForCartWorkflow, as a
 * read): offered by a fulfillment set at one of the channel's stock locations, in a service
 * zone whose geo zones cover the address, whose rules hold, and with a price (flat: the pricing
 * module's price for the currency, a region price overriding it; calculated: the provider's).
 * Options without a price are left out. A fixed number of SQL statements whatever the number of
 * options: the channel's locations, their fulfillment sets, the options, their price sets, prices.
 * `ctx` reads inside the caller's transaction (a workflow step holding the cart's row lock).
 * @example await listShippingOptionsForContext(container, { address: { country_code: "de" }, currency_code: "eur", sales_channel_id })
 */
export async function listShippingOptionsForContext(
  container: TesseraContainer,
  input: ShippingOptionsForContextInput,
  ctx?: Context,
): Promise<PricedShippingOption[]> {
  const currency = input.currency_code?.trim().toLowerCase();
  if (!currency)
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "A currency code is required", { field: ["currencyCode"] });
  const link = container.resolve("link");
  const locationIds =
    input.stock_location_ids ??
    (input.sales_channel_id
      ? (await link.list(SalesChannelStockLocation, { sales_channel_id: input.sales_channel_id }, ctx)).map((r) =>
          String(r.stock_location_id),
        )
      : []);
  if (!locationIds.length || !input.address.country_code) return [];
  const setIds = (await link.list(StockLocationFulfillmentSet, { stock_location_id: locationIds }, ctx)).map((r) =>
    String(r.fulfillment_set_id),
  );
  const fulfillment = container.resolve("fulfillment");
  const subtotal = input.item_subtotal == null ? null : decimalToString(input.item_subtotal);
  const options = await fulfillment.listShippingOptionsForContext(
    {
      fulfillment_set_id: setIds,
      address: input.address,
      context: { item_subtotal: subtotal, is_return: input.is_return ? "true" : "false" },
    },
    ctx,
  );
  const flat = options.filter((o) => o.price_type === "flat");
  const setRows = flat.length
    ? await link.list(ShippingOptionPriceSet, { shipping_option_id: flat.map((o) => o.id) }, ctx)
    : [];
  const setByOption = new Map(setRows.map((r) => [String(r.shipping_option_id), String(r.price_set_id)]));
  const prices = setRows.length
    ? await container
        .resolve("pricing")
        .calculatePrices(
          { id: [...setByOption.values()] },
          { context: { currency_code: currency, ...(input.region_id ? { region_id: input.region_id } : {}) } },
          ctx,
        )
    : [];
  const priceBySet = new Map(prices.map((p) => [p.id, p]));
  const out: PricedShippingOption[] = [];
  for (const option of options) {
    let amount: string | null = null;
    let inclusive = false;
    if (option.price_type === "flat") {
      const price = priceBySet.get(setByOption.get(option.id) ?? "");
      amount = price?.calculated_amount ?? null;
      inclusive = price?.is_calculated_price_tax_inclusive ?? false;
    } else {
      const price = await fulfillment.calculateShippingOptionPrice(option, {
        currency_code: currency,
        address: input.address,
        item_subtotal: subtotal,
      });
      amount = decimalToString(price.calculated_amount);
      inclusive = price.is_calculated_price_tax_inclusive;
    }
    if (amount === null) continue;
    out.push({
      id: option.id,
      name: option.name,
      price_type: option.price_type as PricedShippingOption["price_type"],
      provider_id: option.provider_id,
      shipping_profile_id: option.shipping_profile_id,
      service_zone_id: option.service_zone_id,
      type: option.type
        ? { label: option.type.label, description: option.type.description, code: option.type.code }
        : null,
      amount,
      currency_code: currency,
      is_tax_inclusive: inclusive,
    });
  }
  return out;
}
