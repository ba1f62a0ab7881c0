import type { TesseraContainer } from "../../../framework/container/container.ts";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import type { Context } from "../../../framework/modules/service-factory.ts";
import { withSharedTransaction } from "../../../framework/modules/shared-transaction.ts";
import { Decimal, decimalToString } from "../../../framework/money/index.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { ReservationInput } from "../../../modules/inventory/service.ts";
import { outOfStock, planReservations } from "../../cart/reservation-plan.ts";
import { restorableReservation } from "../../inventory/steps/reservations.ts";
import type { AddedItemDetails, PreviewItem } from "../edit-preview.ts";
import { type PromotionSnapshot, snapshotPromotions } from "../../cart/promotions.ts";
import { orderPromotionActions, orderPromotionCodes, previewEditWithPromotions } from "../edit-promotions.ts";
import { checkNotBelowFulfilled, withPendingEdit } from "../edit-state.ts";
import { loadOrder } from "../order-state.ts";
import { restoreOrderAdjustments, setOrderPromotionAdjustments } from "./order-adjustments.ts";

/** What a confirmation changed, to take back (plain data: a compensation input is stored as JSON). */
interface ConfirmUndo {
  change_id: string;
  order_id: string;
  version: number;
  added: string[];
  removed: string[];
  quantities: { id: string; quantity: number }[];
  reservations_created: string[];
  reservations_deleted: ReservationInput[];
  /** The adjustments before the order's promotions were computed again (null: it has none). */
  adjustments: PromotionSnapshot | null;
}

/**
 * The order's reservations follow its new unfulfilled quantities: the changed lines' reservations
 * are dropped and planned again (the levels are locked, so the last units go to one writer; too
 * few is the out-of-stock NOT_ALLOWED). Answers what to undo.
 */
async function rereserve(
  container: TesseraContainer,
  salesChannelId: string | null,
  lines: PreviewItem[],
  ctx: Context,
): Promise<{ created: string[]; deleted: ReservationInput[] }> {
  if (!container.hasRegistration("inventory") || !lines.length) return { created: [], deleted: [] };
  const inventory = container.resolve("inventory");
  const old = await inventory.listReservationItems({ line_item_id: lines.map((l) => l.id) }, {}, ctx);
  if (old.length)
    await inventory.deleteReservations(
      old.map((r) => r.id),
      ctx,
    );
  const plan = await planReservations(
    container,
    salesChannelId,
    lines
      .map((l) => ({
        id: l.id,
        variant_id: l.variant_id,
        variant_sku: l.variant_sku,
        quantity: l.quantity - l.fulfilled_quantity,
      }))
      .filter((l) => l.quantity > 0),
    ctx,
  );
  let created: { id: string }[] = [];
  try {
    created = plan.length ? await inventory.createReservations(plan, ctx) : [];
  } catch (error) {
    if (!TesseraError.is(error) || error.type !== TesseraError.Types.NOT_ALLOWED) throw error;
    throw outOfStock(`Variant ${plan[Number(error.field?.[0])]?.description ?? ""}`.trim());
  }
  return {
    created: created.map((r) => r.id),
    deleted: old.map(restorableReservation),
  };
}

export const confirmOrderEditStepId = "confirm-order-edit";
/**
 * Applies a pending edit to its order in one transaction under the order's lock: added lines are
 * created (with their prices and tax lines), quantities changed, removed lines deleted (none below
 * its fulfilled units: QUANTITY_BELOW_FULFILLED), each action records what it changes in the
 * order's total, reservations follow, and the change is confirmed (the order's next version).
 * Answers the order's new total less the old. Compensation takes all of it back and makes the
 * edit pending again.
 */
export const confirmOrderEditStep = createStep(
  confirmOrderEditStepId,
  async (input: { change_id: string; confirmed_by?: string | null }, { container }) => {
    const done = await withPendingEdit(container, input.change_id, async (ctx, edit) => {
      const service = container.resolve("order");
      const preview = await previewEditWithPromotions(container, edit, ctx);
      const changed = preview.items.filter((i) => i.change !== "unchanged");
      for (const item of changed) if (item.change !== "added") checkNotBelowFulfilled(item, item.quantity);
      const adds = edit.actions.filter((a) => a.action === "ITEM_ADD");
      if (adds.length) {
        const rows = adds.map((a) => {
          const { tax_lines: _t, ...details } = a.details as unknown as AddedItemDetails;
          return {
            ...details,
            id: a.reference_id ?? "",
            order_id: edit.order.id,
            metadata: details.metadata ?? undefined,
          };
        });
        await service.createLineItems(rows, ctx);
        const taxLines = adds.flatMap((a) =>
          (a.details as unknown as AddedItemDetails).tax_lines.map((t) => ({ ...t, item_id: a.reference_id ?? "" })),
        );
        if (taxLines.length) await service.createLineItemTaxLines(taxLines, ctx);
      }
      const updated = changed.filter((i) => i.change === "updated");
      for (const item of updated) await service.updateLineItems({ id: item.id, quantity: item.quantity }, ctx);
      const removed = changed.filter((i) => i.change === "removed").map((i) => i.id);
      if (removed.length) await service.softDeleteLineItems(removed, ctx);
      // The order's promotions follow its new lines, as the preview computed them.
      const codes = orderPromotionCodes(edit.order);
      const edited = await loadOrder(container, edit.order.id, ctx);
      const promotions = await orderPromotionActions(container, edited, codes, ctx);
      if (promotions) await setOrderPromotionAdjustments(container, edited, promotions, ctx);
      // Each action records what it changes in the order's total (its line's total after less before).
      const after = preview.totals.items;
      const before = preview.current.items;
      for (const a of edit.actions) {
        const id = a.reference_id ?? "";
        const was = before.get(id)?.total ?? new Decimal(0);
        const amount = after.get(id)?.total.minus(was) ?? was.negated();
        await service.updateOrderChangeActions({ id: a.id, amount: decimalToString(amount) }, ctx);
      }
      // A draft holds no stock until it is converted.
      const reserved = edit.order.is_draft_order
        ? { created: [], deleted: [] }
        : await rereserve(container, edit.order.sales_channel_id, changed, ctx);
      const confirmed = await service.confirmOrderChange(input.change_id, input.confirmed_by ?? null, ctx);
      const undo: ConfirmUndo = {
        change_id: input.change_id,
        order_id: edit.order.id,
        version: confirmed.version,
        added: adds.map((a) => a.reference_id ?? ""),
        removed,
        quantities: updated.map((i) => ({ id: i.id, quantity: i.original_quantity })),
        reservations_created: reserved.created,
        reservations_deleted: reserved.deleted,
        adjustments: promotions ? snapshotPromotions(edit.order, []) : null,
      };
      return { undo, difference: decimalToString(preview.totals.total.minus(preview.current.total)) };
    });
    return new StepResponse(
      { id: input.change_id, order_id: done.undo.order_id, difference: done.difference },
      done.undo,
    );
  },
  async (undo: ConfirmUndo, { container }) => {
    await withSharedTransaction(container.resolve("db"), async (ctx) => {
      const service = container.resolve("order");
      const order = await service.lockOrder(undo.order_id, ctx);
      if (container.hasRegistration("inventory")) {
        const inventory = container.resolve("inventory");
        if (undo.reservations_created.length) await inventory.deleteReservations(undo.reservations_created, ctx);
        if (undo.reservations_deleted.length) await inventory.createReservations(undo.reservations_deleted, ctx);
      }
      if (undo.added.length) await service.deleteLineItems(undo.added, ctx);
      if (undo.removed.length) await service.restoreLineItems(undo.removed, ctx);
      for (const q of undo.quantities) await service.updateLineItems(q, ctx);
      await service.updateOrderChangeActions(
        { selector: { order_change_id: undo.change_id }, data: { applied: false, amount: null } },
        ctx,
      );
      await service.updateOrderChanges(
        { id: undo.change_id, status: "pending", confirmed_at: null, confirmed_by: null },
        ctx,
      );
      if (order.version === undo.version) await service.updateOrders({ id: order.id, version: undo.version - 1 }, ctx);
    });
    if (undo.adjustments) await restoreOrderAdjustments(container, undo.order_id, undo.adjustments);
  },
);
