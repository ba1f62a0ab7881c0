import type { TesseraContainer } from "../../framework/container/container.ts";
import type { Context } from "../../framework/modules/service-factory.ts";
import { Decimal } from "../../framework/money/index.ts";
import { computeTotals } from "../../framework/totals/index.ts";
import type { ComputeActions } from "../../modules/promotion/types.ts";
import { promotionContext, type PromotionSubject } from "../cart/promotions.ts";
import { type OrderPreview, previewOrderEdit } from "./edit-preview.ts";
import type { EditState } from "./edit-state.ts";

// An edit that adds or removes items re-applies the order's promotions: the preview and the
// confirmation compute the order's codes again over the edited lines (a percentage follows the
// new subtotal, a code whose rules no longer hold gives nothing), with the same computeActions.

type Lines = Pick<PromotionSubject, "items" | "shipping_methods">;

/** The promotion codes an order carries on its items' and shipping methods' adjustments. */
export function orderPromotionCodes(order: Lines): string[] {
  const lines = [...(order.items ?? []), ...(order.shipping_methods ?? [])];
  return [...new Set(lines.flatMap((l) => (l.adjustments ?? []).flatMap((a) => (a.code ? [a.code] : []))))];
}

/** computeActions for `codes` over the subject's lines; null when there is no code to apply. */
export async function orderPromotionActions(
  container: TesseraContainer,
  subject: PromotionSubject,
  codes: string[],
  ctx: Context = {},
): Promise<ComputeActions[] | null> {
  if (!codes.length || !container.hasRegistration("promotion")) return null;
  const context = await promotionContext(container, subject, ctx);
  return container.resolve("promotion").computeActions(codes, context, { prevent_auto_promotions: true }, ctx);
}

/** The edit's preview with the order's promotions computed again over its edited lines. */
export async function previewEditWithPromotions(
  container: TesseraContainer,
  edit: EditState,
  ctx?: Context,
): Promise<OrderPreview> {
  const { order } = edit;
  const preview = previewOrderEdit(order, edit.actions);
  const live = preview.items.filter((i) => i.quantity > 0);
  const actions = await orderPromotionActions(
    container,
    {
      ...order,
      // computeActions reads which codes a line carries (to replace them), nothing more.
      items: live.map((i) => ({
        ...i,
        adjustments: i.adjustments.map((a) => ({ ...a, description: null, provider_id: null, promotion_id: null })),
      })),
    },
    orderPromotionCodes(order),
    ctx,
  );
  if (!actions) return preview;
  const computed = (line: string, inclusive: boolean) =>
    actions.flatMap((a) =>
      (a.action === "addItemAdjustment" && a.item_id === line) ||
      (a.action === "addShippingMethodAdjustment" && a.shipping_method_id === line)
        ? [{ id: "", code: a.code, amount: new Decimal(a.amount), is_tax_inclusive: inclusive }]
        : [],
    );
  const items = preview.items.map((i) => ({
    ...i,
    adjustments: [...i.adjustments.filter((a) => !a.code), ...computed(i.id, i.is_tax_inclusive)],
  }));
  const shipping = (order.shipping_methods ?? []).map((m) => ({
    ...m,
    adjustments: [...(m.adjustments ?? []).filter((a) => !a.code), ...computed(m.id, m.is_tax_inclusive)],
  }));
  return {
    ...preview,
    items,
    shipping_methods: shipping,
    totals: computeTotals({
      currency_code: order.currency_code,
      items: items.filter((i) => i.quantity > 0),
      shipping_methods: shipping,
    }),
  };
}
