import type { Metadata } from "../../../modules/cart/types.ts";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { toDecimal } from "../../../framework/money/index.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import {
  type ShippingOptionsMemo,
  shippingOptionsForLoadedCart,
} from "../../../links/reads/shipping-options-for-cart.ts";
import { type CartRefreshUndo, loadCartForRefresh, refreshCart } from "../refresh-state.ts";
import { type ShippingUndo, snapshotMethod, undoShippingChanges } from "../shipping-state.ts";
import { undoRefreshedChange, withLockedCart } from "./locked.ts";

/** A shipping option to ship the cart with, and the data its provider needs (Medusa's input). */
export interface CartShippingOptionRequest {
  id: string;
  data?: Metadata | null;
}

const invalidOption = (id: string, reason: string) =>
  new TesseraError(TesseraError.Types.INVALID_DATA, `Shipping option ${id} ${reason}`, {
    field: ["optionId"],
    code: "SHIPPING_OPTION_INVALID",
  });

export const addShippingMethodToCartStepId = "add-shipping-method-to-cart";

/** What the step changed: the shipping methods, then the refresh under the same lock. */
export interface AddShippingMethodUndo extends ShippingUndo {
  refresh?: CartRefreshUndo;
}

/**
 * Ships the cart with the given options, under its lock: each must be one of the options valid
 * for the cart now (its address, its channel's locations, its subtotal; else INVALID_DATA
 * `SHIPPING_OPTION_INVALID`), is priced in the cart's currency and region, and replaces the
 * method of the same shipping profile the cart had. The cart is then refreshed in the same
 * transaction, from the same read of it and the options computed here (`refreshCart` with a
 * seed): the workflow's refresh runs only its hook. Compensation puts the refresh back, removes
 * the new methods and puts the replaced ones back.
 */
export const addShippingMethodToCartStep = createStep(
  addShippingMethodToCartStepId,
  async (input: { cart_id: string; options: CartShippingOptionRequest[] }, { container }) => {
    const undo = await withLockedCart(container, input.cart_id, async (ctx): Promise<AddShippingMethodUndo> => {
      const service = container.resolve("cart");
      const cart = await loadCartForRefresh(container, input.cart_id, ctx);
      if (!cart.shipping_address?.country_code)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, "The cart needs a shipping address first", {
          field: ["cartId"],
          code: "SHIPPING_ADDRESS_REQUIRED",
        });
      const memo: ShippingOptionsMemo = new Map();
      const valid = new Map((await shippingOptionsForLoadedCart(container, cart, ctx, memo)).map((o) => [o.id, o]));
      const chosen = input.options.map((o) => {
        const option = valid.get(o.id);
        if (!option) throw invalidOption(o.id, "is not valid for this cart's shipping address, items or sales channel");
        return { option, data: o.data ?? null };
      });
      if (new Set(chosen.map((c) => c.option.shipping_profile_id)).size !== chosen.length)
        throw invalidOption(chosen[0]?.option.id ?? "", "shares its shipping profile with another option given");
      const current = cart.shipping_methods ?? [];
      const optionIds = current.map((m) => m.shipping_option_id).filter((id): id is string => !!id);
      const profileOf = new Map(
        optionIds.length
          ? (
              await container
                .resolve("fulfillment")
                .listShippingOptions(
                  { id: optionIds },
                  { select: ["id", "shipping_profile_id"], withDeleted: true },
                  ctx,
                )
            ).map((o) => [o.id, o.shipping_profile_id])
          : [],
      );
      const profiles = new Set(chosen.map((c) => c.option.shipping_profile_id));
      const replaced = current.filter(
        (m) => m.shipping_option_id && profiles.has(profileOf.get(m.shipping_option_id) ?? ""),
      );
      if (replaced.length)
        await service.deleteShippingMethods(
          replaced.map((m) => m.id),
          ctx,
        );
      // createShippingMethods, as the lock above found the cart open (addShippingMethods would read it again).
      const created = await service.createShippingMethods(
        chosen.map(({ option, data }) => ({
          cart_id: input.cart_id,
          name: option.name,
          amount: toDecimal(option.amount),
          is_tax_inclusive: option.is_tax_inclusive,
          shipping_option_id: option.id,
          ...(data ? { data } : {}),
        })),
        ctx,
      );
      const shipping: ShippingUndo = {
        cart_id: input.cart_id,
        created: created.map((m) => m.id),
        removed: replaced.map(snapshotMethod),
        repriced: [],
      };
      // The cart in memory as written, so the refresh goes on from it.
      const gone = new Set(replaced.map((m) => m.id));
      cart.shipping_methods = [
        ...current.filter((m) => !gone.has(m.id)),
        ...created.map((m) => ({ ...m, adjustments: [], tax_lines: [] })),
      ];
      return {
        ...shipping,
        refresh: await refreshCart(container, input.cart_id, ctx, { cart, shippingOptions: memo }),
      };
    });
    return new StepResponse(undo.created, undo);
  },
  async (undo: AddShippingMethodUndo | undefined, { container }) => {
    if (!undo) return;
    await undoRefreshedChange(container, undo.cart_id, undo.refresh, (ctx) =>
      undoShippingChanges(container, undo, ctx),
    );
  },
);
