import type { Metadata } from "../../../modules/cart/types.ts";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { toDecimal } from "../../../framework/money/index.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { shippingOptionsForLoadedCart } from "../../../links/reads/shipping-options-for-cart.ts";
import { type ShippingUndo, snapshotMethod, undoShippingChanges } from "../shipping-state.ts";
import { withLockedCart } from "./locked.ts";

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

/** Puts back what a shipping step changed, under the cart's lock. */
export async function undoShipping(undo: ShippingUndo | undefined, container: Parameters<typeof withLockedCart>[0]) {
  if (!undo) return;
  await withLockedCart(container, undo.cart_id, (ctx) => undoShippingChanges(container, undo, ctx), {
    allowCompleted: true,
  });
}

export const addShippingMethodToCartStepId = "add-shipping-method-to-cart";
/**
 * Ships the cart with the given options, under its lock: each must be one of the options valid
 * for the cart now (its address, its channel's locations, its subtotal; else INVALID_DATA
 * `SHIPPING_OPTION_INVALID`), is priced in the cart's currency and region, and replaces the
 * method of the same shipping profile the cart had. Compensation removes the new methods and
 * puts the replaced ones back.
 */
export const addShippingMethodToCartStep = createStep(
  addShippingMethodToCartStepId,
  async (input: { cart_id: string; options: CartShippingOptionRequest[] }, { container }) => {
    const undo = await withLockedCart(container, input.cart_id, async (ctx): Promise<ShippingUndo> => {
      const service = container.resolve("cart");
      const cart = await service.retrieveCart(
        input.cart_id,
        {
          relations: ["items", "shipping_address", "shipping_methods.adjustments", "shipping_methods.tax_lines"],
          relationLoadStrategy: "join",
        },
        ctx,
      );
      if (!cart.shipping_address?.country_code)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, "The cart needs a shipping address first", {
          field: ["cartId"],
          code: "SHIPPING_ADDRESS_REQUIRED",
        });
      const valid = new Map((await shippingOptionsForLoadedCart(container, cart, ctx)).map((o) => [o.id, o]));
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
      return {
        cart_id: input.cart_id,
        created: created.map((m) => m.id),
        removed: replaced.map(snapshotMethod),
        repriced: [],
      };
    });
    return new StepResponse(undo.created, undo);
  },
  (undo, { container }) => undoShipping(undo, container),
);
