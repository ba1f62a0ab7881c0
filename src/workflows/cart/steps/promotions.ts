import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { refusedPromotionCode as refused } from "../../promotion/code-refusals.ts";
import { cartPromotionLink, loadPromotionState, replaceCartPromotions } from "../promotions.ts";
import { withLockedCart } from "./locked.ts";

/** Medusa's PromotionActions: add codes, remove codes, or make the given codes the cart's. */
export type CartPromotionAction = "add" | "remove" | "replace";

export const updateCartPromotionsStepId = "update-cart-promotions";
/**
 * Changes the codes on the cart (the cart_promotion link) under its lock. Codes added must apply
 * to the cart as it is, beside the codes it has: unknown, not started, expired, rules not met,
 * nothing to discount or budget used up are typed userErrors and nothing is written. Removing a
 * code the cart does not have changes nothing. The refresh that follows computes the adjustments.
 * Compensation links the codes the cart had.
 */
export const updateCartPromotionsStep = createStep(
  updateCartPromotionsStepId,
  async (input: { cart_id: string; promo_codes: string[]; action: CartPromotionAction }, { container }) => {
    if (!cartPromotionLink(container))
      throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Promotions are not enabled in this project", {
        field: ["codes"],
      });
    const previous = await withLockedCart(container, input.cart_id, async (ctx) => {
      const { context, promotions } = await loadPromotionState(container, input.cart_id, ctx);
      const codes = [...new Set(input.promo_codes.map((c) => c.trim()).filter(Boolean))];
      const current = promotions.map((p) => p.id);
      if (input.action === "remove") {
        const kept = promotions.filter((p) => !codes.includes(p.code)).map((p) => p.id);
        await replaceCartPromotions(container, input.cart_id, current, kept, ctx);
        return current;
      }
      const keep = input.action === "add" ? promotions : [];
      const added = codes.filter((c) => !keep.some((p) => p.code === c));
      const promotion = container.resolve("promotion");
      const statuses = await promotion.checkPromotionCodes([...keep.map((p) => p.code), ...added], context, ctx);
      for (const { code, status } of statuses)
        if (added.includes(code) && status !== "applicable") throw refused(code, status);
      const rows = added.length ? await promotion.listPromotions({ code: added }, { select: ["id", "code"] }, ctx) : [];
      const ids = added.map((c) => rows.find((r) => r.code === c)?.id).filter((id): id is string => !!id);
      await replaceCartPromotions(container, input.cart_id, current, [...keep.map((p) => p.id), ...ids], ctx);
      return current;
    });
    return new StepResponse(undefined, { cart_id: input.cart_id, previous });
  },
  async (undo, { container }) => {
    await withLockedCart(
      container,
      undo.cart_id,
      async (ctx) => {
        const { promotions } = await loadPromotionState(container, undo.cart_id, ctx);
        await replaceCartPromotions(
          container,
          undo.cart_id,
          promotions.map((p) => p.id),
          undo.previous,
          ctx,
        );
      },
      { allowCompleted: true },
    );
  },
);
