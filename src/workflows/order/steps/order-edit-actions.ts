import type { TesseraContainer } from "../../../framework/container/container.ts";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { generateId } from "../../../framework/modules/model.ts";
import type { Context } from "../../../framework/modules/service-factory.ts";
import { decimalToString } from "../../../framework/money/index.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { Metadata } from "../../../modules/order/types.ts";
import { availableInChannel, loadSellableVariants } from "../../cart/catalog.ts";
import { priceVariantLines } from "../../cart/variant-prices.ts";
import type { AddedItemDetails } from "../edit-preview.ts";
import { orderTaxLinesOf } from "../tax-lines.ts";
import { checkNotBelowFulfilled, type EditState, withPendingEdit } from "../edit-state.ts";

/** What an edit mutation does to the edit's actions. */
export type EditOperation =
  | { op: "add"; change_id: string; items: { variant_id: string; quantity: number }[] }
  | { op: "update"; change_id: string; item_id: string; quantity: number }
  | { op: "remove"; change_id: string; item_id: string };

type ActionRow = EditState["actions"][number];
interface NewAction {
  action: "ITEM_ADD" | "ITEM_UPDATE" | "ITEM_REMOVE";
  reference_id: string;
  details: Metadata;
}

const notAnItem = (itemId: string) =>
  new TesseraError(TesseraError.Types.NOT_FOUND, `Item ${itemId} is not in this order or edit`, { field: ["itemId"] });
const outOfStock = (variant: string) =>
  new TesseraError(TesseraError.Types.NOT_ALLOWED, `Variant ${variant} is out of stock in the order's sales channel`, {
    field: ["items"],
  });

/** More units of these variants must be on hand in the order's channel (those that manage inventory without backorder). */
async function checkAvailable(
  container: TesseraContainer,
  edit: EditState,
  wanted: { variant_id: string; extra: number }[],
  ctx: Context,
) {
  const ids = [...new Set(wanted.filter((w) => w.extra > 0).map((w) => w.variant_id))];
  if (!ids.length) return;
  const variants = await loadSellableVariants(container, ids, edit.order.sales_channel_id, ctx);
  const limited = ids.filter((id) => variants.get(id)?.manage_inventory && !variants.get(id)?.allow_backorder);
  const available = await availableInChannel(container, limited, edit.order.sales_channel_id, ctx);
  for (const id of limited) {
    const extra = wanted.filter((w) => w.variant_id === id).reduce((n, w) => n + w.extra, 0);
    if (extra > (available.get(id) ?? 0)) throw outOfStock(variants.get(id)?.variant_sku ?? id);
  }
}

/** The items to add, priced in the order's context and taxed for its shipping address, as ITEM_ADD actions. */
async function addActions(
  container: TesseraContainer,
  edit: EditState,
  items: { variant_id: string; quantity: number }[],
  ctx: Context,
): Promise<NewAction[]> {
  const { order } = edit;
  const variants = await loadSellableVariants(
    container,
    items.map((i) => i.variant_id),
    order.sales_channel_id,
    ctx,
  );
  await checkAvailable(
    container,
    edit,
    items.map((i) => ({ variant_id: i.variant_id, extra: i.quantity })),
    ctx,
  );
  const lines = items.map((i) => ({ ...i, id: generateId("ordli") }));
  const prices = await priceVariantLines(container, order, lines, ctx);
  const country = order.shipping_address?.country_code;
  const taxLines =
    country && container.hasRegistration("tax")
      ? await container.resolve("tax").getTaxLines(
          lines.map((l) => ({
            id: l.id,
            product_id: variants.get(l.variant_id)?.product_id ?? "",
            product_type_id: variants.get(l.variant_id)?.product_type_id ?? null,
            quantity: l.quantity,
            unit_price: prices.get(l.id)?.unit_price ?? 0,
            currency_code: order.currency_code,
          })),
          { address: { country_code: country, province_code: order.shipping_address?.province } },
          ctx,
        )
      : [];
  return lines.map((l) => {
    const {
      manage_inventory: _m,
      allow_backorder: _b,
      ...snapshot
    } = variants.get(l.variant_id) ?? {
      manage_inventory: false,
      allow_backorder: false,
    };
    const price = prices.get(l.id);
    const details: AddedItemDetails = {
      ...(snapshot as Omit<AddedItemDetails, "quantity" | "unit_price" | "compare_at_unit_price" | "tax_lines">),
      quantity: l.quantity,
      unit_price: decimalToString(price?.unit_price ?? 0),
      compare_at_unit_price: price?.compare_at_unit_price ? decimalToString(price.compare_at_unit_price) : null,
      is_tax_inclusive: price?.is_tax_inclusive ?? false,
      tax_lines: orderTaxLinesOf(taxLines, l.id),
    };
    return { action: "ITEM_ADD", reference_id: l.id, details: details as unknown as Metadata };
  });
}

/** The actions to drop and to write for one operation (an item's earlier actions give way to its new one). */
async function plan(
  container: TesseraContainer,
  edit: EditState,
  input: EditOperation,
  ctx: Context,
): Promise<{ drop: ActionRow[]; write: NewAction[] }> {
  if (input.op === "add") return { drop: [], write: await addActions(container, edit, input.items, ctx) };
  const own = edit.actions.filter((a) => a.reference_id === input.item_id);
  const added = own.find((a) => a.action === "ITEM_ADD");
  if (added) {
    if (input.op === "remove") return { drop: [added], write: [] };
    const details = added.details as unknown as AddedItemDetails;
    await checkAvailable(
      container,
      edit,
      [{ variant_id: details.variant_id ?? "", extra: input.quantity - details.quantity }],
      ctx,
    );
    return {
      drop: [added],
      write: [
        {
          action: "ITEM_ADD",
          reference_id: input.item_id,
          details: { ...(added.details as Metadata), quantity: input.quantity },
        },
      ],
    };
  }
  const item = edit.order.items?.find((i) => i.id === input.item_id);
  if (!item) throw notAnItem(input.item_id);
  const quantity = input.op === "remove" ? 0 : input.quantity;
  checkNotBelowFulfilled(item, quantity);
  if (item.variant_id)
    await checkAvailable(container, edit, [{ variant_id: item.variant_id, extra: quantity - item.quantity }], ctx);
  if (quantity === item.quantity) return { drop: own, write: [] };
  return {
    drop: own,
    write: [
      quantity === 0
        ? { action: "ITEM_REMOVE", reference_id: item.id, details: { quantity: item.quantity } }
        : { action: "ITEM_UPDATE", reference_id: item.id, details: { quantity } },
    ],
  };
}

/** An action row as createOrderChangeActions takes it back (compensation). */
const restorable = (a: ActionRow) => ({
  id: a.id,
  order_change_id: a.order_change_id,
  order_id: a.order_id,
  version: a.version,
  action: a.action,
  reference: a.reference,
  reference_id: a.reference_id,
  details: (a.details ?? undefined) as Metadata | undefined,
});

export const updateOrderEditActionsStepId = "update-order-edit-actions";
/**
 * Under the order's lock, on a pending edit: adds items (each variant sellable in the order's
 * channel and in stock there, priced by the pricing module in the order's currency, region and
 * customer context, taxed for its shipping address), changes an item's quantity (never below
 * what was fulfilled: QUANTITY_BELOW_FULFILLED; more units must be in stock) or removes it, as
 * ITEM_ADD / ITEM_UPDATE / ITEM_REMOVE actions; the order itself is untouched until confirmed.
 * Compensation drops the actions written and puts back those replaced.
 */
export const updateOrderEditActionsStep = createStep(
  updateOrderEditActionsStepId,
  async (input: EditOperation, { container }) => {
    const undo = await withPendingEdit(container, input.change_id, async (ctx, edit) => {
      const { drop, write } = await plan(container, edit, input, ctx);
      const service = container.resolve("order");
      if (drop.length)
        await service.deleteOrderChangeActions(
          drop.map((a) => a.id),
          ctx,
        );
      const created = write.length
        ? await service.createOrderChangeActions(
            write.map((a) => ({
              ...a,
              details: a.details as Metadata,
              reference: "order_line_item",
              order_change_id: edit.change.id,
              order_id: edit.change.order_id,
              version: edit.change.version,
            })),
            ctx,
          )
        : [];
      return { created: created.map((a) => a.id), dropped: drop.map(restorable) };
    });
    return new StepResponse(undefined, undo);
  },
  async (undo, { container }) => {
    const service = container.resolve("order");
    if (undo.created.length) await service.deleteOrderChangeActions(undo.created);
    if (undo.dropped.length) await service.createOrderChangeActions(undo.dropped);
  },
);
