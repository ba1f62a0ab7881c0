import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { refusedPromotionCode as refused } from "../../promotion/code-refusals.ts";
import {
  cartPromotionLink,
  cartPromotions,
  type ProductMemo,
  promotionContext,
  replaceCartPromotions,
} from "../promotions.ts";
import { type CartRefreshUndo, loadCartForRefresh, refreshCart } from "../refresh-state.ts";
import { undoRefreshedChange, withLockedCart } from "./locked.ts";

/** Medusa's PromotionActions: add codes, remove codes, or make the given codes the cart's. */
export type CartPromotionAction = "add" | "remove" | "replace";

export const updateCartPromotionsStepId = "update-cart-promotions";
/**
 * Changes the codes on the cart (the cart_promotion link) under its lock. Codes added must apply
 * to the cart as it is, beside the codes it has: unknown, not started, expired, rules not met,
 * nothing to discount or budget used up are typed userErrors and nothing is written. Removing a
 * code the cart does not have changes nothing. The cart is then refreshed in the same transaction
 * (adjustments, taxes), from the same read of it, its codes and its products (`refreshCart` with a
 * seed): the workflow's refresh runs only its hook. Compensation puts the refresh back and links
 * the codes the cart had.
 */
export const updateCartPromotionsStep = createStep(
  updateCartPromotionsStepId,
  async (input: { cart_id: string; promo_codes: string[]; action: CartPromotionAction }, { container }) => {
    if (!cartPromotionLink(container))
      throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Promotions are not enabled in this project", {
        field: ["codes"],
      });
    const undo = await withLockedCart(container, input.cart_id, async (ctx) => {
      const cart = await loadCartForRefresh(container, input.cart_id, ctx);
      const promotions = await cartPromotions(container, input.cart_id, ctx);
      const codes = [...new Set(input.promo_codes.map((c) => c.trim()).filter(Boolean))];
      const current = promotions.map((p) => p.id);
      let next: { id: string; code: string }[];
      const products: ProductMemo = new Map();
      if (input.action === "remove") next = promotions.filter((p) => !codes.includes(p.code));
      else {
        const keep = input.action === "add" ? promotions : [];
        const added = codes.filter((c) => !keep.some((p) => p.code === c));
        const promotion = container.resolve("promotion");
        const context = await promotionContext(container, cart, ctx, { products });
        const statuses = await promotion.checkPromotionCodes([...keep.map((p) => p.code), ...added], context, ctx);
        for (const { code, status } of statuses)
          if (added.includes(code) && status !== "applicable") throw refused(code, status);
        // An applicable code comes with its promotion's id, read by the check.
        next = [
          ...keep,
          ...added.flatMap((code) => {
            const id = statuses.find((s) => s.code === code)?.promotion_id;
            return id ? [{ id, code }] : [];
          }),
        ];
      }
      // The promotions were read in this transaction and the cart is locked: nothing to look up again.
      await replaceCartPromotions(
        container,
        input.cart_id,
        current,
        next.map((p) => p.id),
        ctx,
        { checked: true },
      );
      const refresh = await refreshCart(container, input.cart_id, ctx, { cart, promotions: next, products });
      return { cart_id: input.cart_id, previous: current, refresh };
    });
    return new StepResponse(undefined, undo);
  },
  async (undo: { cart_id: string; previous: string[]; refresh?: CartRefreshUndo } | undefined, { container }) => {
    if (!undo) return;
    await undoRefreshedChange(container, undo.cart_id, undo.refresh, async (ctx) => {
      const promotions = await cartPromotions(container, undo.cart_id, ctx);
      await replaceCartPromotions(
        container,
        undo.cart_id,
        promotions.map((p) => p.id),
        undo.previous,
        ctx,
      );
    });
  },
);
