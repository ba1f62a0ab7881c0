import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { ComputeActions } from "../../../modules/promotion/types.ts";
import { type PromotionSnapshot, promotionContext, snapshotPromotions } from "../../cart/promotions.ts";
import { refusedPromotionCode } from "../../promotion/code-refusals.ts";
import { orderPromotionCodes } from "../edit-promotions.ts";
import { withLockedOrder } from "../locked-order.ts";
import { loadOrder, totalsOfOrder } from "../order-state.ts";
import { restoreOrderAdjustments, setOrderPromotionAdjustments } from "./order-adjustments.ts";

export interface ApplyOrderPromotionsInput {
  order_id: string;
  promo_codes: string[];
  created_by?: string | null;
}

export const applyOrderPromotionsStepId = "apply-order-promotions";
/**
 * Under the order's lock: every new code must apply to the order as it is (typed userErrors as a
 * cart's: PROMOTION_CODE_UNKNOWN, _NOT_STARTED, _EXPIRED, PROMOTION_RULES_NOT_MET,
 * PROMOTION_NOT_APPLICABLE, PROMOTION_BUDGET_EXCEEDED); then computeActions for the order's codes
 * and the new ones sets the items' and shipping methods' adjustments (those without a code stay),
 * and a confirmed `promotion` change records one PROMOTION_ADD per new code with the total's
 * change. Answers the new codes' actions, whose budgets the next step consumes. Compensation puts
 * the adjustments back and removes the change.
 */
export const applyOrderPromotionsStep = createStep(
  applyOrderPromotionsStepId,
  async (input: ApplyOrderPromotionsInput, { container }) => {
    const done = await withLockedOrder(container, input.order_id, async (ctx) => {
      const order = await loadOrder(container, input.order_id, ctx);
      const current = orderPromotionCodes(order);
      const added = [...new Set(input.promo_codes.map((c) => c.trim()).filter((c) => c && !current.includes(c)))];
      const context = await promotionContext(container, order, ctx);
      const promotion = container.resolve("promotion");
      for (const { code, status } of await promotion.checkPromotionCodes([...current, ...added], context, ctx))
        if (added.includes(code) && status !== "applicable") throw refusedPromotionCode(code, status);
      const actions = await promotion.computeActions(
        [...current, ...added],
        context,
        { prevent_auto_promotions: true },
        ctx,
      );
      const snapshot = snapshotPromotions(order, []);
      const service = container.resolve("order");
      const adding = actions.filter(
        (a): a is Extract<ComputeActions, { action: "addItemAdjustment" | "addShippingMethodAdjustment" }> =>
          a.action === "addItemAdjustment" || a.action === "addShippingMethodAdjustment",
      );
      await setOrderPromotionAdjustments(container, order, actions, ctx);
      const before = totalsOfOrder(order).total;
      const after = totalsOfOrder(await loadOrder(container, order.id, ctx)).total;
      const change = await service.recordOrderChange(
        {
          order_id: order.id,
          change_type: "promotion",
          created_by: input.created_by ?? null,
          actions: added.map((code, i) => ({
            action: "PROMOTION_ADD",
            reference: "promotion",
            reference_id: adding.find((a) => a.code === code)?.promotion_id ?? null,
            details: { code },
            // The whole change in what the customer owes, on the first action (taxes included).
            amount: i === 0 ? after.minus(before).toFixed() : null,
          })),
        },
        ctx,
      );
      const usage: ComputeActions[] = adding.filter((a) => added.includes(a.code));
      return { usage, undo: { order_id: order.id, change_id: change.id, snapshot } };
    });
    return new StepResponse(done.usage, done.undo);
  },
  async (undo: { order_id: string; change_id: string; snapshot: PromotionSnapshot }, { container }) => {
    await restoreOrderAdjustments(container, undo.order_id, undo.snapshot);
    await container.resolve("order").undoOrderChange(undo.change_id);
  },
);
