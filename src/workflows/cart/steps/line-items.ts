import type { Metadata } from "../../../modules/cart/types.ts";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import type { TesseraContainer } from "../../../framework/container/container.ts";
import type { Context, Row } from "../../../framework/modules/service-factory.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { availableInChannel, loadSellableVariants, type VariantSnapshot } from "../catalog.ts";
import { type Decimal, toDecimal } from "../../../framework/money/index.ts";
import { type CartRefreshUndo, loadCartForRefresh, refreshCart, variantLinePrices } from "../refresh-state.ts";
import type { LinePrice } from "../variant-prices.ts";
import { undoRefreshedChange, withLockedCart } from "./locked.ts";

/** A variant to put in the cart. */
export interface CartItemRequest {
  variant_id: string;
  quantity: number;
  metadata?: Metadata | null;
}

const checkQuantity = (quantity: number) => {
  if (!Number.isInteger(quantity) || quantity <= 0)
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "Quantity must be a positive whole number", {
      field: ["quantity"],
    });
};

/** Refuses quantities above what the channel's locations hold, for variants sold from stock without backorder. */
async function checkStock(
  container: TesseraContainer,
  wanted: Map<string, number>,
  variants: Map<string, VariantSnapshot>,
  salesChannelId: string | null,
  ctx: Context,
) {
  const tracked = [...wanted.keys()].filter((id) => {
    const v = variants.get(id);
    return v?.manage_inventory && !v.allow_backorder;
  });
  const available = await availableInChannel(container, tracked, salesChannelId, ctx);
  for (const id of tracked) {
    const units = available.get(id) ?? 0;
    if ((wanted.get(id) ?? 0) > units)
      throw new TesseraError(
        TesseraError.Types.NOT_ALLOWED,
        `Variant ${id} has ${units} unit(s) available, fewer than the ${wanted.get(id)} asked for`,
        { field: ["quantity"] },
      );
  }
}

/** A line's price columns as plain data (a compensation input is stored as JSON). */
interface PriceColumns {
  unit_price: string;
  is_tax_inclusive: boolean;
  compare_at_unit_price: string | null;
}
const priceColumns = (i: {
  unit_price: Decimal;
  is_tax_inclusive: boolean;
  compare_at_unit_price: Decimal | null;
}) => ({
  unit_price: i.unit_price.toFixed(),
  is_tax_inclusive: i.is_tax_inclusive,
  compare_at_unit_price: i.compare_at_unit_price?.toFixed() ?? null,
});
const fromPriceColumns = (p: Partial<PriceColumns>) =>
  p.unit_price === undefined
    ? {}
    : {
        unit_price: toDecimal(p.unit_price),
        is_tax_inclusive: p.is_tax_inclusive ?? false,
        compare_at_unit_price: p.compare_at_unit_price == null ? null : toDecimal(p.compare_at_unit_price),
      };

interface AddedUndo {
  cart_id: string;
  created: string[];
  /** Lines whose quantity was raised, as they were (their price too, written with the quantity). */
  merged: ({ id: string; quantity: number } & Partial<PriceColumns>)[];
  /** The refresh run under the same lock. */
  refresh?: CartRefreshUndo;
}

export const addLineItemsStepId = "add-line-items";
/**
 * Puts variants in the cart under its lock: a variant already in it gets its quantity raised,
 * others become line items with the variant's snapshots. Unknown variants, variants the cart's
 * channel does not sell, quantities ≤ 0 and more than the channel's stock are refused before
 * anything is written. The lines are priced in the cart's context before they are written, and
 * the cart is refreshed in the same transaction (refreshCart: one lock, one commit) from the same
 * read of it and those prices; the workflow's refresh runs only its hook. Compensation undoes the
 * refresh and the lines.
 */
export const addLineItemsStep = createStep(
  addLineItemsStepId,
  async (input: { cart_id: string; items: CartItemRequest[] }, { container }) => {
    if (!input.items.length) return new StepResponse([] as string[], undefined);
    const undo = await withLockedCart(container, input.cart_id, async (ctx): Promise<AddedUndo> => {
      for (const item of input.items) checkQuantity(item.quantity);
      const service = container.resolve("cart");
      // The read the refresh goes on from (see RefreshSeed).
      const cart = await loadCartForRefresh(container, input.cart_id, ctx);
      const variants = await loadSellableVariants(
        container,
        input.items.map((i) => i.variant_id),
        cart.sales_channel_id,
        ctx,
      );
      const items = cart.items ?? [];
      const existing = new Map(items.filter((i) => i.variant_id).map((i) => [i.variant_id as string, i]));
      const wanted = new Map<string, number>();
      for (const item of input.items)
        wanted.set(
          item.variant_id,
          (wanted.get(item.variant_id) ?? existing.get(item.variant_id)?.quantity ?? 0) + item.quantity,
        );
      await checkStock(container, wanted, variants, cart.sales_channel_id, ctx);
      // Every line as it will be, priced once in the cart's context (the refresh reuses these
      // prices): new lines are written with their price, raised ones with theirs.
      const newKey = (variantId: string) => `new:${variantId}`;
      const prices = await variantLinePrices(
        container,
        cart,
        [
          ...items.map((i) => ({
            ...i,
            quantity:
              i.variant_id && existing.get(i.variant_id) === i ? (wanted.get(i.variant_id) ?? i.quantity) : i.quantity,
          })),
          ...[...wanted]
            .filter(([variantId]) => !existing.has(variantId))
            .map(([variantId, quantity]) => ({ id: newKey(variantId), variant_id: variantId, quantity })),
        ],
        ctx,
      );
      const out: AddedUndo = { cart_id: input.cart_id, created: [], merged: [] };
      const lines = [];
      for (const [variantId, quantity] of wanted) {
        const current = existing.get(variantId);
        if (current) {
          const price = prices.get(current.id);
          out.merged.push({ id: current.id, quantity: current.quantity, ...(price ? priceColumns(current) : {}) });
          await service.updateLineItems({ id: current.id, quantity, ...price }, ctx);
          Object.assign(current, { quantity, ...price });
          continue;
        }
        const { manage_inventory: _m, allow_backorder: _b, ...snapshot } = variants.get(variantId) as VariantSnapshot;
        const metadata = input.items.find((i) => i.variant_id === variantId)?.metadata ?? null;
        lines.push({
          ...snapshot,
          cart_id: input.cart_id,
          quantity,
          ...(prices.get(newKey(variantId)) as LinePrice),
          ...(metadata ? { metadata } : {}),
        });
      }
      // The new lines in one call (a cart created with many items costs the same statements as with one);
      // createLineItems, as the lock above found the cart open (addLineItems would read it again to check).
      if (lines.length) {
        const created = await service.createLineItems(lines, ctx);
        out.created = created.map((c) => c.id);
        // The cart in memory as written, so the refresh goes on from it.
        cart.items = [...items, ...created.map((c) => ({ ...c, adjustments: [], tax_lines: [] }))];
        for (const c of created) prices.set(c.id, prices.get(newKey(c.variant_id ?? "")) as LinePrice);
      }
      out.refresh = await refreshCart(container, input.cart_id, ctx, { cart, prices });
      return out;
    });
    return new StepResponse([...undo.created, ...undo.merged.map((m) => m.id)], undo);
  },
  async (undo, { container }) => {
    if (!undo) return;
    await undoRefreshedChange(container, undo.cart_id, undo.refresh, async (ctx) => {
      const service = container.resolve("cart");
      if (undo.created.length) await service.deleteLineItems(undo.created, ctx);
      for (const { id, quantity, ...price } of undo.merged)
        await service.updateLineItems({ id, quantity, ...fromPriceColumns(price) }, ctx);
    });
  },
);

export const updateLineItemStepId = "update-line-item";
/**
 * Sets a line item's quantity under the cart's lock (checked against the channel's stock), priced
 * for it in the cart's context in the same write, then refreshes the cart in the same transaction
 * from the same read and prices (refreshCart with a seed; the workflow's refresh runs only its
 * hook). Compensation puts the refresh back and restores the line.
 */
export const updateLineItemStep = createStep(
  updateLineItemStepId,
  async (input: { cart_id: string; item_id: string; quantity: number; metadata?: Metadata | null }, { container }) => {
    const undo = await withLockedCart(container, input.cart_id, async (ctx) => {
      checkQuantity(input.quantity);
      const service = container.resolve("cart");
      const cart = await loadCartForRefresh(container, input.cart_id, ctx);
      const items = cart.items ?? [];
      const item = items.find((i) => i.id === input.item_id);
      if (!item)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, `Line item ${input.item_id} is not in the cart`, {
          field: ["itemId"],
        });
      if (item.variant_id && input.quantity > item.quantity) {
        const variants = await loadSellableVariants(container, [item.variant_id], cart.sales_channel_id, ctx);
        await checkStock(container, new Map([[item.variant_id, input.quantity]]), variants, cart.sales_channel_id, ctx);
      }
      const prices = await variantLinePrices(
        container,
        cart,
        items.map((i) => (i === item ? { ...i, quantity: input.quantity } : i)),
        ctx,
      );
      const price = prices.get(item.id);
      const previous = {
        id: item.id,
        quantity: item.quantity,
        metadata: (item.metadata as Metadata | null) ?? null,
        ...(price ? priceColumns(item) : {}),
      };
      const change = {
        quantity: input.quantity,
        ...(input.metadata !== undefined ? { metadata: input.metadata } : {}),
        ...price,
      };
      await service.updateLineItems({ id: item.id, ...change }, ctx);
      Object.assign(item, change);
      return { previous, refresh: await refreshCart(container, input.cart_id, ctx, { cart, prices }) };
    });
    return new StepResponse(input.item_id, { cart_id: input.cart_id, ...undo });
  },
  async (
    undo: {
      cart_id: string;
      previous: { id: string; quantity: number; metadata: Metadata | null } & Partial<PriceColumns>;
      refresh?: CartRefreshUndo;
    },
    { container },
  ) => {
    const { id, quantity, metadata, ...price } = undo.previous;
    await undoRefreshedChange(container, undo.cart_id, undo.refresh, (ctx) =>
      container
        .resolve("cart")
        .updateLineItems({ id, quantity, metadata: metadata ?? undefined, ...fromPriceColumns(price) }, ctx),
    );
  },
);

export const removeLineItemsStepId = "remove-line-items";
/**
 * Deletes line items of the cart (with their adjustments and tax lines) under its lock, then
 * refreshes the cart in the same transaction from the same read (refreshCart with a seed; the
 * workflow's refresh runs only its hook). Compensation puts the refresh back and recreates the
 * lines as they were.
 */
export const removeLineItemsStep = createStep(
  removeLineItemsStepId,
  async (input: { cart_id: string; ids: string[] }, { container }) => {
    const undo = await withLockedCart(container, input.cart_id, async (ctx) => {
      const service = container.resolve("cart");
      const cart = await loadCartForRefresh(container, input.cart_id, ctx);
      const gone = new Set(input.ids);
      const items = (cart.items ?? []).filter((i) => gone.has(i.id));
      const missing = input.ids.find((id) => !items.some((i) => i.id === id));
      if (missing)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, `Line item ${missing} is not in the cart`, {
          field: ["itemId"],
        });
      await service.deleteLineItems(input.ids, ctx);
      // Plain data (a compensation input is stored as JSON): the rows, their adjustments and tax lines.
      const removed = JSON.parse(JSON.stringify(items)) as RemovedItem[];
      // The cart in memory as written, so the refresh goes on from it.
      cart.items = (cart.items ?? []).filter((i) => !gone.has(i.id));
      return { removed, refresh: await refreshCart(container, input.cart_id, ctx, { cart }) };
    });
    return new StepResponse(input.ids, { cart_id: input.cart_id, ...undo });
  },
  async (undo: { cart_id: string; removed: RemovedItem[]; refresh?: CartRefreshUndo }, { container }) => {
    await undoRefreshedChange(container, undo.cart_id, undo.refresh, async (ctx) => {
      const service = container.resolve("cart");
      for (const { adjustments = [], tax_lines = [], ...item } of undo.removed) {
        await service.createLineItems(
          {
            ...columns(item),
            unit_price: toDecimal(item.unit_price),
            compare_at_unit_price: item.compare_at_unit_price === null ? null : toDecimal(item.compare_at_unit_price),
          },
          ctx,
        );
        if (adjustments.length)
          await service.createLineItemAdjustments(
            adjustments.map((a) => ({ ...columns(a), amount: toDecimal(a.amount) })),
            ctx,
          );
        if (tax_lines.length)
          await service.createLineItemTaxLines(
            tax_lines.map((l) => ({ ...columns(l), rate: toDecimal(l.rate) })),
            ctx,
          );
      }
    });
  },
);

type Stamped = { created_at?: unknown; updated_at?: unknown; deleted_at?: unknown; metadata?: unknown };
/** A stored row's columns to write again: timestamps are the database's; JSON null metadata stays unset. */
const columns = <T extends Stamped>({ created_at: _c, updated_at: _u, deleted_at: _d, metadata, ...rest }: T) => ({
  ...rest,
  ...(metadata == null ? {} : { metadata: metadata as Metadata }),
});
/** A row after JSON: decimals and dates as strings. */
type Json<T> = {
  [K in keyof T]: T[K] extends number | boolean | string | null
    ? T[K]
    : T[K] extends Decimal | Date
      ? string
      : T[K] extends Decimal | Date | null
        ? string | null
        : T[K];
};
type RemovedItem = Json<Omit<Row<"CartLineItem">, "adjustments" | "tax_lines" | "cart">> & {
  adjustments?: Json<Omit<Row<"CartLineItemAdjustment">, "item">>[];
  tax_lines?: Json<Omit<Row<"CartLineItemTaxLine">, "item">>[];
};
