import type { TesseraContainer } from "../../../framework/container/container.ts";
import { withSharedTransaction } from "../../../framework/modules/shared-transaction.ts";
import type { PromotionSnapshot } from "../../cart/promotions.ts";

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
