import type { TesseraContainer } from "../../framework/container/container.ts";
import type { Metadata } from "../../modules/cart/types.ts";
import { toDecimal } from "../../framework/money/index.ts";
import type { Context } from "../../framework/modules/service-factory.ts";
import {
  type CartForShippingOptions,
  type ShippingOptionsMemo,
  shippingOptionsForLoadedCart,
} from "../../links/reads/shipping-options-for-cart.ts";

// A cart's shipping methods as plain data (a step's compensation input is stored as JSON), so a
// step that removes or re-prices them can put them back exactly: same ids, adjustments, tax lines.

interface Priced {
  id?: string;
  amount: string;
  code: string | null;
  description: string | null;
  is_tax_inclusive: boolean;
  provider_id: string | null;
  promotion_id: string | null;
}
interface Taxed {
  id?: string;
  rate: string;
  code: string;
  description: string | null;
  provider_id: string | null;
  tax_rate_id: string | null;
}

/** A shipping method with its adjustments and tax lines. */
export interface ShippingMethodSnapshot {
  id: string;
  cart_id: string;
  name: string;
  amount: string;
  is_tax_inclusive: boolean;
  shipping_option_id: string | null;
  data: Metadata | null;
  metadata: Metadata | null;
  adjustments: Priced[];
  tax_lines: Taxed[];
}

type MethodRow = Awaited<ReturnType<typeof loadMethods>>[number];
/** A shipping method as read with its adjustments and tax lines (through the cart or on its own). */
type MethodLike = Omit<MethodRow, "adjustments" | "tax_lines"> & {
  adjustments?: MethodRow["adjustments"];
  tax_lines?: MethodRow["tax_lines"];
};

/** The cart's shipping methods with their adjustments and tax lines. */
export function loadMethods(container: TesseraContainer, cartId: string, ctx: Context) {
  return container
    .resolve("cart")
    .listShippingMethods({ cart_id: cartId }, { relations: ["adjustments", "tax_lines"], order: { id: "ASC" } }, ctx);
}

/** A loaded shipping method as plain data. */
export function snapshotMethod(m: MethodLike): ShippingMethodSnapshot {
  return {
    id: m.id,
    cart_id: m.cart_id,
    name: m.name,
    amount: m.amount.toFixed(),
    is_tax_inclusive: m.is_tax_inclusive,
    shipping_option_id: m.shipping_option_id,
    data: (m.data as Metadata | null) ?? null,
    metadata: (m.metadata as Metadata | null) ?? null,
    adjustments: (m.adjustments ?? []).map((a) => ({
      id: a.id,
      amount: a.amount.toFixed(),
      code: a.code,
      description: a.description,
      is_tax_inclusive: a.is_tax_inclusive,
      provider_id: a.provider_id,
      promotion_id: a.promotion_id,
    })),
    tax_lines: (m.tax_lines ?? []).map((l) => ({
      id: l.id,
      rate: l.rate.toFixed(),
      code: l.code,
      description: l.description,
      provider_id: l.provider_id,
      tax_rate_id: l.tax_rate_id,
    })),
  };
}

/** Creates removed shipping methods again, as they were (ids included). */
export async function recreateMethods(container: TesseraContainer, methods: ShippingMethodSnapshot[], ctx: Context) {
  const service = container.resolve("cart");
  for (const { adjustments, tax_lines, data, metadata, ...m } of methods) {
    await service.createShippingMethods(
      { ...m, amount: toDecimal(m.amount), ...(data ? { data } : {}), ...(metadata ? { metadata } : {}) },
      ctx,
    );
    if (adjustments.length)
      await service.createShippingMethodAdjustments(
        adjustments.map((a) => ({ ...a, amount: toDecimal(a.amount), shipping_method_id: m.id })),
        ctx,
      );
    if (tax_lines.length)
      await service.createShippingMethodTaxLines(
        tax_lines.map((l) => ({ ...l, rate: toDecimal(l.rate), shipping_method_id: m.id })),
        ctx,
      );
  }
}

/** What a change of a cart's shipping methods did, to undo it: methods created, removed, re-priced. */
export interface ShippingUndo {
  cart_id: string;
  created: string[];
  removed: ShippingMethodSnapshot[];
  repriced: { id: string; amount: string; is_tax_inclusive: boolean }[];
}

/** Undoes a shipping change (created methods go, removed ones return, prices are restored); call under the cart's lock. */
export async function undoShippingChanges(container: TesseraContainer, undo: ShippingUndo, ctx: Context) {
  const service = container.resolve("cart");
  if (undo.created.length) await service.deleteShippingMethods(undo.created, ctx);
  await recreateMethods(container, undo.removed, ctx);
  for (const r of undo.repriced) await service.updateShippingMethods({ ...r, amount: toDecimal(r.amount) }, ctx);
}

/**
 * Keeps a read cart's shipping methods valid (Medusa's refreshCartShippingMethods): a method whose
 * option no longer applies (another address, a subtotal under its minimum, a region without its
 * price) is removed, the others take the option's current price in the cart's currency and
 * region. Methods added without an option are left as they are. The cart in memory follows what
 * is written, so the rest of a refresh works from it without reading again. Call under the lock.
 */
export async function refreshShippingMethods(
  container: TesseraContainer,
  cart: CartForShippingOptions & { id: string; shipping_methods?: MethodLike[] },
  ctx: Context,
  memo?: ShippingOptionsMemo,
): Promise<ShippingUndo> {
  const out: ShippingUndo = { cart_id: cart.id, created: [], removed: [], repriced: [] };
  const current = (cart.shipping_methods ?? []).filter((m) => m.shipping_option_id);
  if (!current.length) return out;
  const service = container.resolve("cart");
  const valid = new Map((await shippingOptionsForLoadedCart(container, cart, ctx, memo)).map((o) => [o.id, o]));
  for (const method of current) {
    const option = valid.get(method.shipping_option_id ?? "");
    if (!option) {
      out.removed.push(snapshotMethod(method));
      continue;
    }
    if (method.amount.equals(option.amount) && method.is_tax_inclusive === option.is_tax_inclusive) continue;
    out.repriced.push({ id: method.id, amount: method.amount.toFixed(), is_tax_inclusive: method.is_tax_inclusive });
    await service.updateShippingMethods(
      { id: method.id, amount: toDecimal(option.amount), is_tax_inclusive: option.is_tax_inclusive },
      ctx,
    );
    method.amount = toDecimal(option.amount);
    method.is_tax_inclusive = option.is_tax_inclusive;
  }
  if (out.removed.length) {
    const gone = new Set(out.removed.map((m) => m.id));
    await service.deleteShippingMethods([...gone], ctx);
    cart.shipping_methods = (cart.shipping_methods ?? []).filter((m) => !gone.has(m.id));
  }
  return out;
}
