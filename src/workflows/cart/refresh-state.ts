import type { TesseraContainer } from "../../framework/container/container.ts";
import type { Context } from "../../framework/modules/service-factory.ts";
import { liveLineIds } from "./live-lines.ts";
import { decimalToString, toDecimal } from "../../framework/money/index.ts";
import { lineIdsOf, type PromotionSnapshot, refreshPromotions, restorePromotions } from "./promotions.ts";
import { refreshShippingMethods, type ShippingUndo, undoShippingChanges } from "./shipping-state.ts";
import type { ShippingOptionsMemo } from "../../links/reads/shipping-options-for-cart.ts";
import { type LinePrice, priceVariantLines } from "./variant-prices.ts";

/** What a refresh changes, as plain data (a step's compensation input is stored as JSON). */
export interface CartDerivedState {
  items: { id: string; unit_price: string; is_tax_inclusive: boolean; compare_at_unit_price: string | null }[];
  item_tax_lines: {
    item_id: string;
    rate: string;
    code: string;
    description: string | null;
    provider_id: string | null;
    tax_rate_id: string | null;
  }[];
  shipping_tax_lines: {
    shipping_method_id: string;
    rate: string;
    code: string;
    description: string | null;
    provider_id: string | null;
    tax_rate_id: string | null;
  }[];
}

/** The relations loadCartForRefresh reads (a change reading more in the same read adds to them). */
export const refreshRelations = [
  "items.tax_lines",
  "items.adjustments",
  "shipping_methods.tax_lines",
  "shipping_methods.adjustments",
  "shipping_address",
] as const;

/**
 * The cart as a refresh reads it: items and shipping methods with their adjustments and tax
 * lines, and the shipping address. Read once under the lock, it gives both the snapshot to put
 * back and what every part of the refresh works from (each part updates it in memory as it writes).
 */
export const loadCartForRefresh = (container: TesseraContainer, cartId: string, ctx: Context) =>
  container
    .resolve("cart")
    .retrieveCart(cartId, { relations: [...refreshRelations], relationLoadStrategy: "join" }, ctx);
export type RefreshCart = Awaited<ReturnType<typeof loadCartForRefresh>>;

/**
 * What a change read and wrote under the lock its refresh runs under (same transaction), for the
 * refresh to go on from instead of reading it again.
 */
export interface RefreshSeed {
  /** The cart as loadCartForRefresh read it, with the change applied in memory. */
  cart: RefreshCart;
  /** The shipping options the change computed (reused while the cart's context is the same). */
  shippingOptions?: ShippingOptionsMemo;
  /** The cart's promotions (ids and codes, in the order applied) as the change left them. */
  promotions?: { id: string; code: string }[];
  /** The product attributes the change read for the promotion rules, by product id. */
  products?: Map<string, Record<string, unknown>>;
  /**
   * The prices of the cart's variant lines by line id, as the change computed them in the
   * cart's context for the cart as it now is (priceVariantLines): the refresh does not price again.
   */
  prices?: Map<string, LinePrice>;
}

/** What one refresh changed, as plain data, to put back if a later step fails. */
export interface CartRefreshUndo {
  cart_id: string;
  derived: CartDerivedState;
  shipping: ShippingUndo;
  promotions?: PromotionSnapshot;
}

/**
 * A cart change's refresh in one pass over one read of the cart (call under its lock): re-price
 * the items in the cart's context; drop the shipping methods whose option no longer applies and
 * re-price the others; recompute the promotion adjustments; set the tax lines for the shipping
 * address. Each part writes only what differs from what the cart holds. A change that refreshes
 * under its own lock passes what it read (`seed`).
 */
export async function refreshCart(
  container: TesseraContainer,
  cartId: string,
  ctx: Context,
  seed?: RefreshSeed,
): Promise<CartRefreshUndo> {
  const cart = seed?.cart ?? (await loadCartForRefresh(container, cartId, ctx));
  const derived = snapshotDerivedState(cart);
  await refreshCartPrices(container, cart, ctx, seed?.prices);
  const shipping = await refreshShippingMethods(container, cart, ctx, seed?.shippingOptions);
  const promotions = await refreshPromotions(container, cart, ctx, seed);
  await refreshCartTaxLines(container, cart, ctx);
  return { cart_id: cartId, derived, shipping, ...(promotions ? { promotions } : {}) };
}

/** Puts back what refreshCart changed (call under the cart's lock). */
export async function undoRefreshCart(container: TesseraContainer, undo: CartRefreshUndo, ctx: Context) {
  await undoShippingChanges(container, undo.shipping, ctx);
  if (undo.promotions) await restorePromotions(container, undo.cart_id, undo.promotions, ctx);
  await restoreDerivedState(container, undo.cart_id, undo.derived, ctx);
}

/** The prices and tax lines a cart holds now, to put back if a later step fails. */
export function snapshotDerivedState(cart: RefreshCart): CartDerivedState {
  const line = (l: {
    rate: unknown;
    code: string;
    description: string | null;
    provider_id: string | null;
    tax_rate_id: string | null;
  }) => ({
    rate: decimalToString(toDecimal(String(l.rate))),
    code: l.code,
    description: l.description,
    provider_id: l.provider_id,
    tax_rate_id: l.tax_rate_id,
  });
  return {
    items: (cart.items ?? []).map((i) => ({
      id: i.id,
      unit_price: i.unit_price.toFixed(),
      is_tax_inclusive: i.is_tax_inclusive,
      compare_at_unit_price: i.compare_at_unit_price?.toFixed() ?? null,
    })),
    item_tax_lines: (cart.items ?? []).flatMap((i) => (i.tax_lines ?? []).map((l) => ({ item_id: i.id, ...line(l) }))),
    shipping_tax_lines: (cart.shipping_methods ?? []).flatMap((m) =>
      (m.tax_lines ?? []).map((l) => ({ shipping_method_id: m.id, ...line(l) })),
    ),
  };
}

/** Writes a snapshot back onto the lines that still exist. */
export async function restoreDerivedState(
  container: TesseraContainer,
  cartId: string,
  state: CartDerivedState,
  ctx: Context,
) {
  const service = container.resolve("cart");
  const { items, methods } = await liveLineIds(container, cartId, ctx);
  for (const item of state.items.filter((i) => items.has(i.id)))
    await service.updateLineItems(
      {
        ...item,
        unit_price: toDecimal(item.unit_price),
        compare_at_unit_price: item.compare_at_unit_price === null ? null : toDecimal(item.compare_at_unit_price),
      },
      ctx,
    );
  await service.setLineItemTaxLines(
    cartId,
    state.item_tax_lines.filter((l) => items.has(l.item_id)),
    ctx,
  );
  await service.setShippingMethodTaxLines(
    cartId,
    state.shipping_tax_lines.filter((l) => methods.has(l.shipping_method_id)),
    ctx,
  );
}

/**
 * Prices every line item from the pricing module in the cart's context (currency, region, the
 * customer's groups, the item's quantity); a variant without a price in the cart's currency is
 * INVALID_DATA. `priced`: the lines' prices, when the change already computed them for the
 * cart as it is (see variantLinePrices). Call under the cart's lock.
 */
export async function refreshCartPrices(
  container: TesseraContainer,
  cart: RefreshCart,
  ctx: Context,
  priced?: Map<string, LinePrice>,
): Promise<void> {
  const service = container.resolve("cart");
  const prices = priced ?? (await variantLinePrices(container, cart, cart.items ?? [], ctx));
  // The cart's own item objects: the refresh goes on from them with the new prices.
  for (const item of cart.items ?? []) {
    const price = prices.get(item.id);
    if (!price) continue;
    const { unit_price: unit, compare_at_unit_price: compareAt, is_tax_inclusive: inclusive } = price;
    if (
      !unit.equals(item.unit_price) ||
      inclusive !== item.is_tax_inclusive ||
      (compareAt?.toFixed() ?? null) !== (item.compare_at_unit_price?.toFixed() ?? null)
    ) {
      await service.updateLineItems(
        { id: item.id, unit_price: unit, is_tax_inclusive: inclusive, compare_at_unit_price: compareAt },
        ctx,
      );
      Object.assign(item, { unit_price: unit, is_tax_inclusive: inclusive, compare_at_unit_price: compareAt });
    }
  }
}

/**
 * The prices of these lines of the cart (its items, or items about to be written, keyed by `id`)
 * in the cart's context; lines without a variant have none.
 */
export function variantLinePrices(
  container: TesseraContainer,
  cart: RefreshCart,
  items: { id: string; variant_id: string | null; quantity: number }[],
  ctx: Context,
): Promise<Map<string, LinePrice>> {
  const lines = items.flatMap((i) => (i.variant_id ? [{ ...i, variant_id: i.variant_id }] : []));
  return priceVariantLines(container, cart, lines, ctx);
}

/**
 * Sets the tax lines of the cart's items and shipping methods from the tax module's getTaxLines
 * for the shipping address (the seed's "Retrieve Tax Lines of a Cart's Items and Shipping"); a
 * cart without a shipping country has none. Call under the cart's lock.
 */
export async function refreshCartTaxLines(container: TesseraContainer, cart: RefreshCart, ctx: Context): Promise<void> {
  const service = container.resolve("cart");
  const country = cart.shipping_address?.country_code;
  const items = (cart.items ?? []).map((i) => ({
    id: i.id,
    product_id: i.product_id ?? "",
    product_type_id: i.product_type_id,
    quantity: i.quantity,
    unit_price: i.unit_price,
    currency_code: cart.currency_code,
  }));
  const methods = (cart.shipping_methods ?? []).map((m) => ({
    id: m.id,
    shipping_option_id: m.shipping_option_id ?? "",
    unit_price: m.amount,
    currency_code: cart.currency_code,
  }));
  // A project may leave the tax module out: its carts carry no tax lines.
  const lines =
    country && (items.length || methods.length) && container.hasRegistration("tax")
      ? await container
          .resolve("tax")
          .getTaxLines(
            [...items, ...methods],
            { address: { country_code: country, province_code: cart.shipping_address?.province } },
            ctx,
          )
      : [];
  const itemLines = lines.filter((l) => "line_item_id" in l);
  const shippingLines = lines.filter((l) => "shipping_line_id" in l);
  // Most changes leave the taxes as they were (same address, same lines): write only when they differ.
  const before = snapshotDerivedState(cart);
  const held = (
    rows: {
      parent: string;
      rate: string;
      code: string;
      description: string | null;
      provider_id: string | null;
      tax_rate_id: string | null;
    }[],
  ) =>
    rows
      .map((r) => JSON.stringify([r.parent, r.rate, r.code, r.description, r.provider_id, r.tax_rate_id]))
      .sort()
      .join("\n");
  const asHeld = (parent: string, l: (typeof lines)[number]) => ({
    parent,
    rate: decimalToString(toDecimal(String(l.rate ?? 0))),
    code: l.code,
    description: l.name ?? null,
    provider_id: l.provider_id ?? null,
    tax_rate_id: l.rate_id ?? null,
  });
  if (
    held(itemLines.map((l) => asHeld(String(l.line_item_id), l))) !==
    held(before.item_tax_lines.map((l) => ({ parent: l.item_id, ...l })))
  )
    await service.setLineItemTaxLines(cart.id, itemLines, ctx, lineIdsOf(cart.items));
  if (
    held(shippingLines.map((l) => asHeld(String(l.shipping_line_id), l))) !==
    held(before.shipping_tax_lines.map((l) => ({ parent: l.shipping_method_id, ...l })))
  )
    await service.setShippingMethodTaxLines(cart.id, shippingLines, ctx, lineIdsOf(cart.shipping_methods));
}
