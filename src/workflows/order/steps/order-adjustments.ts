import type { TesseraContainer } from "../../../framework/container/container.ts";
import type { Context } from "../../../framework/modules/service-factory.ts";
import { withSharedTransaction } from "../../../framework/modules/shared-transaction.ts";
import type { ComputeActions } from "../../../modules/promotion/types.ts";
import { adjustmentSet, type PromotionSnapshot, type PromotionSubject } from "../../cart/promotions.ts";

/**
 * Sets the order's coded adjustments to what computeActions answered (those without a code stay):
 * items' through setOrderLineItemAdjustments, shipping methods' through setOrderShippingMethodAdjustments.
 */
export async function setOrderPromotionAdjustments(
  container: TesseraContainer,
  order: { id: string } & Pick<PromotionSubject, "items" | "shipping_methods">,
  actions: ComputeActions[],
  ctx: Context,
): Promise<void> {
  const service = container.resolve("order");
  await service.setOrderLineItemAdjustments(
    order.id,
    adjustmentSet(
      order.items,
      actions.flatMap((a) => (a.action === "addItemAdjustment" ? [{ ...a, line_id: a.item_id }] : [])),
    ).map(({ line_id, ...a }) => ({ ...a, item_id: line_id })),
    ctx,
  );
  await service.setOrderShippingMethodAdjustments(
    order.id,
    adjustmentSet(
      order.shipping_methods,
      actions.flatMap((a) =>
        a.action === "addShippingMethodAdjustment" ? [{ ...a, line_id: a.shipping_method_id }] : [],
      ),
    ).map(({ line_id, ...a }) => ({ ...a, shipping_method_id: line_id })),
    ctx,
  );
}

/** Puts a snapshot's adjustments back on the order's lines that still exist (compensation). */
export async function restoreOrderAdjustments(
  container: TesseraContainer,
  orderId: string,
  snapshot: PromotionSnapshot,
): Promise<void> {
  await withSharedTransaction(container.resolve("db"), async (ctx) => {
    const service = container.resolve("order");
    const order = await service.retrieveOrder(orderId, { relations: ["items", "shipping_methods"] }, ctx);
    const items = new Set((order.items ?? []).map((i) => i.id));
    const methods = new Set((order.shipping_methods ?? []).map((m) => m.id));
    await service.setOrderLineItemAdjustments(
      orderId,
      snapshot.items.filter((a) => items.has(a.line_id)).map(({ line_id, ...a }) => ({ ...a, item_id: line_id })),
      ctx,
    );
    await service.setOrderShippingMethodAdjustments(
      orderId,
      snapshot.shipping
        .filter((a) => methods.has(a.line_id))
        .map(({ line_id, ...a }) => ({ ...a, shipping_method_id: line_id })),
      ctx,
    );
  });
}
