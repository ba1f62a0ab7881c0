import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import {
  type CartDerivedState,
  loadCartForRefresh,
  refreshCartPrices,
  refreshCartTaxLines,
  restoreDerivedState,
  snapshotDerivedState,
} from "../refresh-state.ts";
import { withLockedCart } from "./locked.ts";

interface Snapshot {
  cart_id: string;
  state: CartDerivedState;
}

const restore = async (
  snapshot: Snapshot | undefined,
  { container }: { container: Parameters<typeof withLockedCart>[0] },
) => {
  if (!snapshot) return;
  await withLockedCart(
    container,
    snapshot.cart_id,
    (ctx) => restoreDerivedState(container, snapshot.cart_id, snapshot.state, ctx),
    {
      allowCompleted: true,
    },
  );
};

export const refreshCartPricesStepId = "refresh-cart-prices";
/** Re-prices every line item in the cart's context, under the cart's lock; compensation puts the old prices back. */
export const refreshCartPricesStep = createStep(
  refreshCartPricesStepId,
  async (input: { cart_id: string }, { container }) => {
    const state = await withLockedCart(container, input.cart_id, async (ctx) => {
      const cart = await loadCartForRefresh(container, input.cart_id, ctx);
      await refreshCartPrices(container, cart, ctx);
      return snapshotDerivedState(cart);
    });
    return new StepResponse(undefined, { cart_id: input.cart_id, state });
  },
  restore,
);

export const refreshCartTaxLinesStepId = "refresh-cart-tax-lines";
/** Sets the tax lines of the cart's items and shipping from the tax module, under the cart's lock; compensation puts the old ones back. */
export const refreshCartTaxLinesStep = createStep(
  refreshCartTaxLinesStepId,
  async (input: { cart_id: string }, { container }) => {
    const state = await withLockedCart(container, input.cart_id, async (ctx) => {
      const cart = await loadCartForRefresh(container, input.cart_id, ctx);
      await refreshCartTaxLines(container, cart, ctx);
      return snapshotDerivedState(cart);
    });
    return new StepResponse(undefined, { cart_id: input.cart_id, state });
  },
  restore,
);
