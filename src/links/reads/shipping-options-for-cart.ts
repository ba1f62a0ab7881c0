import type { TesseraContainer } from "../../framework/container/container.ts";
import { Decimal } from "../../framework/money/index.ts";
import type { Context } from "../../framework/modules/service-factory.ts";
import { listShippingOptionsForContext, type PricedShippingOption } from "./shipping-options-for-context.ts";

/**
 * The shipping options valid for a cart (Medusa's listShippingOptionsForCartWorkflow, as a read):
 * its shipping address, the stock locations of its sales channel, its currency and region, and
 * `item_subtotal` rules (min / max subtotal) checked against its items at their prices as listed
 * (unit price × quantity, before discounts: what the shopper sees beside each item, so an
 * option's threshold does not move when taxes or promotions are recomputed). A cart without a
 * shipping country has none. `ctx` reads inside the caller's transaction.
 * @example await listShippingOptionsForCart(container, "cart_…")
 */
export async function listShippingOptionsForCart(
  container: TesseraContainer,
  cartId: string,
  ctx?: Context,
): Promise<PricedShippingOption[]> {
  const cart = await container
    .resolve("cart")
    .retrieveCart(cartId, { relations: ["items", "shipping_address"], relationLoadStrategy: "join" }, ctx);
  return shippingOptionsForLoadedCart(container, cart, ctx);
}

/** A cart the caller has read already, with its items and shipping address (a refresh's one read). */
export interface CartForShippingOptions {
  currency_code: string;
  region_id: string | null;
  sales_channel_id: string | null;
  items?: { unit_price: Decimal | string | number; quantity: number }[];
  shipping_address?: {
    country_code: string | null;
    province: string | null;
    city: string | null;
    postal_code: string | null;
  } | null;
}

/**
 * Options already computed in the caller's transaction, by the context they were computed for:
 * a change that validates a cart's option and refreshes the cart under the same lock computes
 * them once (again only when the refresh changed what they depend on, e.g. an item's price).
 */
export type ShippingOptionsMemo = Map<string, PricedShippingOption[]>;

/** listShippingOptionsForCart for a cart already read (its items at the prices the caller holds). */
export async function shippingOptionsForLoadedCart(
  container: TesseraContainer,
  cart: CartForShippingOptions,
  ctx?: Context,
  memo?: ShippingOptionsMemo,
): Promise<PricedShippingOption[]> {
  const address = cart.shipping_address;
  if (!address?.country_code) return [];
  const itemSubtotal = (cart.items ?? []).reduce(
    (sum, i) => sum.plus(new Decimal(i.unit_price).times(i.quantity)),
    new Decimal(0),
  );
  const context = {
    address: {
      country_code: address.country_code,
      province_code: address.province,
      city: address.city,
      postal_code: address.postal_code,
    },
    currency_code: cart.currency_code,
    region_id: cart.region_id,
    sales_channel_id: cart.sales_channel_id,
    item_subtotal: itemSubtotal.toFixed(),
  };
  const key = JSON.stringify(context);
  const known = memo?.get(key);
  if (known) return known;
  const options = await listShippingOptionsForContext(container, context, ctx);
  memo?.set(key, options);
  return options;
}
