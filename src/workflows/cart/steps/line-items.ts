import type { Metadata } from "../../../modules/cart/types.ts";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import type { TesseraContainer } from "../../../framework/container/container.ts";
import type { Context, Row } from "../../../framework/modules/service-factory.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { availableInChannel, loadSellableVariants, type VariantSnapshot } from "../catalog.ts";
import { type Decimal, toDecimal } from "../../../framework/money/index.ts";
import { type CartRefreshUndo, refreshCart } from "../refresh-state.ts";
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

interface AddedUndo {
  cart_id: string;
  created: string[];
  merged: { id: string; quantity: number }[];
  /** The refresh run under the same lock (`refresh`). */
  refresh?: CartRefreshUndo;
}

export const addLineItemsStepId = "add-line-items";
/**
 * Puts variants in the cart under its lock: a variant already in it gets its quantity raised,
 * others become line items with the variant's snapshots (priced by the refresh that follows).
 * Unknown variants, variants the cart's channel does not sell, quantities ≤ 0 and more than the
 * channel's stock are refused before anything is written. With `refresh` the cart is refreshed
 * in the same transaction (refreshCart: one lock, one commit), and the workflow's refresh runs
 * only its hook. Compensation undoes the refresh and the lines.
 */
export const addLineItemsStep = createStep(
  addLineItemsStepId,
  async (input: { cart_id: string; items: CartItemRequest[]; refresh?: boolean }, { container }) => {
    if (!input.items.length) return new StepResponse([] as string[], undefined);
    const undo = await withLockedCart(container, input.cart_id, async (ctx): Promise<AddedUndo> => {
      for (const item of input.items) checkQuantity(item.quantity);
      const service = container.resolve("cart");
      const cart = await service.retrieveCart(
        input.cart_id,
        { relations: ["items"], relationLoadStrategy: "join" },
        ctx,
      );
      const variants = await loadSellableVariants(
        container,
        input.items.map((i) => i.variant_id),
        cart.sales_channel_id,
        ctx,
      );
      const existing = new Map((cart.items ?? []).filter((i) => i.variant_id).map((i) => [i.variant_id as string, i]));
      const wanted = new Map<string, number>();
      for (const item of input.items)
        wanted.set(
          item.variant_id,
          (wanted.get(item.variant_id) ?? existing.get(item.variant_id)?.quantity ?? 0) + item.quantity,
        );
      await checkStock(container, wanted, variants, cart.sales_channel_id, ctx);
      const out: AddedUndo = { cart_id: input.cart_id, created: [], merged: [] };
      const lines = [];
      for (const [variantId, quantity] of wanted) {
        const current = existing.get(variantId);
        if (current) {
          out.merged.push({ id: current.id, quantity: current.quantity });
          await service.updateLineItems({ id: current.id, quantity }, ctx);
          continue;
        }
        const { manage_inventory: _m, allow_backorder: _b, ...snapshot } = variants.get(variantId) as VariantSnapshot;
        const metadata = input.items.find((i) => i.variant_id === variantId)?.metadata ?? null;
        lines.push({
          ...snapshot,
          cart_id: input.cart_id,
          quantity,
          unit_price: toDecimal(0),
          ...(metadata ? { metadata } : {}),
        });
      }
      // The new lines in one call (a cart created with many items costs the same statements as with one);
      // createLineItems, as the lock above found the cart open (addLineItems would read it again to check).
      if (lines.length) out.created = (await service.createLineItems(lines, ctx)).map((c) => c.id);
      if (input.refresh) out.refresh = await refreshCart(container, input.cart_id, ctx);
      return out;
    });
    return new StepResponse([...undo.created, ...undo.merged.map((m) => m.id)], undo);
  },
  async (undo, { container }) => {
    if (!undo) return;
    await undoRefreshedChange(container, undo.cart_id, undo.refresh, async (ctx) => {
      const service = container.resolve("cart");
      if (undo.created.length) await service.deleteLineItems(undo.created, ctx);
      for (const m of undo.merged) await service.updateLineItems(m, ctx);
    });
  },
);

export const updateLineItemStepId = "update-line-item";
/** Sets a line item's quantity under the cart's lock (checked against the channel's stock); compensation restores it. */
export const updateLineItemStep = createStep(
  updateLineItemStepId,
  async (input: { cart_id: string; item_id: string; quantity: number; metadata?: Metadata | null }, { container }) => {
    const previous = await withLockedCart(container, input.cart_id, async (ctx) => {
      checkQuantity(input.quantity);
      const service = container.resolve("cart");
      const [item] = await service.listLineItems({ id: input.item_id, cart_id: input.cart_id }, {}, ctx);
      if (!item)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, `Line item ${input.item_id} is not in the cart`, {
          field: ["itemId"],
        });
      if (item.variant_id && input.quantity > item.quantity) {
        const cart = await service.retrieveCart(input.cart_id, {}, ctx);
        const variants = await loadSellableVariants(container, [item.variant_id], cart.sales_channel_id, ctx);
        await checkStock(container, new Map([[item.variant_id, input.quantity]]), variants, cart.sales_channel_id, ctx);
      }
      await service.updateLineItems(
        {
          id: item.id,
          quantity: input.quantity,
          ...(input.metadata !== undefined ? { metadata: input.metadata } : {}),
        },
        ctx,
      );
      return { id: item.id, quantity: item.quantity, metadata: item.metadata };
    });
    return new StepResponse(input.item_id, { cart_id: input.cart_id, previous });
  },
  async (undo, { container }) => {
    await withLockedCart(
      container,
      undo.cart_id,
      (ctx) =>
        container
          .resolve("cart")
          .updateLineItems({ ...undo.previous, metadata: undo.previous.metadata ?? undefined }, ctx),
      { allowCompleted: true },
    );
  },
);

export const removeLineItemsStepId = "remove-line-items";
/** Deletes line items of the cart (with their adjustments and tax lines); compensation recreates them as they were. */
export const removeLineItemsStep = createStep(
  removeLineItemsStepId,
  async (input: { cart_id: string; ids: string[] }, { container }) => {
    const removed = await withLockedCart(container, input.cart_id, async (ctx) => {
      const service = container.resolve("cart");
      const items = await service.listLineItems(
        { id: input.ids, cart_id: input.cart_id },
        { relations: ["adjustments", "tax_lines"] },
        ctx,
      );
      const missing = input.ids.find((id) => !items.some((i) => i.id === id));
      if (missing)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, `Line item ${missing} is not in the cart`, {
          field: ["itemId"],
        });
      await service.deleteLineItems(input.ids, ctx);
      // Plain data (a compensation input is stored as JSON): the rows, their adjustments and tax lines.
      return JSON.parse(JSON.stringify(items)) as RemovedItem[];
    });
    return new StepResponse(input.ids, { cart_id: input.cart_id, removed });
  },
  async (undo, { container }) => {
    if (!undo.removed.length) return;
    await withLockedCart(
      container,
      undo.cart_id,
      async (ctx) => {
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
      },
      { allowCompleted: true },
    );
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
