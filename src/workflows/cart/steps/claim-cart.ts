import { setTimeout as sleep } from "node:timers/promises";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { ReservationInput } from "../../../modules/inventory/service.ts";
import type { CreateOrderInput } from "../../../modules/order/types.ts";
import type { ComputeActions } from "../../../modules/promotion/types.ts";
import { checkCartCompletable, completionRelations, orderOfCart, paymentSessionOf } from "../completion-checks.ts";
import { orderFromCart, promotionUsageOf } from "../order-from-cart.ts";
import { planReservations } from "../reservation-plan.ts";
import { withLockedCart } from "./locked.ts";

/** What completing a cart will do, decided under the cart's lock (plain data: it is stored with the run). */
export interface CartCompletionPlan {
  cart_id: string;
  /** The order the cart already became: completing it again answers that order and does nothing. */
  existing_order_id: string | null;
  order: (CreateOrderInput & { id: string }) | null;
  reservations: ReservationInput[];
  promotion_usage: ComputeActions[];
  payment_collection_id: string | null;
  session_id: string | null;
}

/** How long a completion waits for another one of the same cart to finish before answering CONFLICT. */
const WAIT_FOR_OTHER_MS = 30_000;

export const claimCartForCompletionStepId = "claim-cart-for-completion";
/**
 * Under the cart's row lock: a completed cart answers its order; otherwise the cart is checked
 * (items, email, shipping address and method, an open payment session for its total), the order
 * and its reservations are planned, and the cart is marked completed, so no other change and no
 * second completion can start on it. While another completion of the cart is in flight (marked,
 * no order yet) this waits for it, then answers its order, or completes the cart itself when that
 * one failed. Compensation unmarks the cart: it stays usable.
 */
export const claimCartForCompletionStep = createStep(
  claimCartForCompletionStepId,
  async (input: { cart_id: string }, { container, transactionId }) => {
    const deadline = Date.now() + WAIT_FOR_OTHER_MS;
    for (;;) {
      const plan = await withLockedCart(
        container,
        input.cart_id,
        async (ctx): Promise<CartCompletionPlan | "in_flight"> => {
          const service = container.resolve("cart");
          const cart = await service.retrieveCart(
            input.cart_id,
            { relations: completionRelations, relationLoadStrategy: "join" },
            ctx,
          );
          if (cart.completed_at) {
            // This run marked it (a stage delivered again, or retried after a crash): the same plan
            // again, so the order it places is the one the first delivery planned, never a second.
            const claim = claimOf(cart.completion);
            if (claim?.transaction_id === transactionId) return claim.plan;
            const existing = await orderOfCart(container, cart.id, ctx);
            return existing ? { ...noPlan(cart.id), existing_order_id: existing } : "in_flight";
          }
          checkCartCompletable(cart);
          const payment = await paymentSessionOf(container, cart, ctx);
          const order = orderFromCart(cart);
          const reservations = await planReservations(
            container,
            cart.sales_channel_id,
            order.items.map((i) => ({ id: i.id ?? "", variant_id: i.variant_id ?? null, quantity: i.quantity })),
            ctx,
          );
          const claimed: CartCompletionPlan = {
            cart_id: cart.id,
            existing_order_id: null,
            order,
            reservations,
            promotion_usage: promotionUsageOf(cart),
            ...payment,
          };
          // The plan is kept with the mark (one write): the claim of this run is recognised and answered again.
          const completion = JSON.parse(JSON.stringify({ transaction_id: transactionId, plan: claimed }));
          await service.updateCarts({ id: cart.id, completed_at: new Date(), completion }, ctx);
          return claimed;
        },
        { allowCompleted: true },
      );
      if (plan !== "in_flight") return new StepResponse(plan, plan.existing_order_id ? undefined : plan.cart_id);
      // The other completion holds no lock between its steps: watch without the cart's lock (many
      // waiters locking the cart in turn would slow the very completion they wait for) until it
      // placed its order or gave the cart back, then take the lock and answer.
      await waitForOtherCompletion(container, input.cart_id, deadline);
    }
  },
  async (cartId: string | undefined, { container }) => {
    if (!cartId) return;
    await withLockedCart(
      container,
      cartId,
      (ctx) => container.resolve("cart").updateCarts({ id: cartId, completed_at: null, completion: null }, ctx),
      { allowCompleted: true },
    );
  },
);

async function waitForOtherCompletion(
  container: Parameters<typeof orderOfCart>[0],
  cartId: string,
  deadline: number,
): Promise<void> {
  for (let pause = 50; ; pause = Math.min(pause * 2, 500)) {
    if (Date.now() > deadline)
      throw new TesseraError(TesseraError.Types.CONFLICT, `Cart ${cartId} is being completed; try again`, {
        field: ["cartId"],
      });
    await sleep(pause);
    const [cart] = await container.resolve("cart").listCarts({ id: cartId }, { select: ["id", "completed_at"] });
    if (!cart?.completed_at || (await orderOfCart(container, cartId, {}))) return;
  }
}

/** The claim a completion left on the cart (its run and plan), when it left one. */
function claimOf(completion: unknown): { transaction_id: string; plan: CartCompletionPlan } | undefined {
  const claim = completion as { transaction_id?: unknown; plan?: CartCompletionPlan } | null;
  return typeof claim?.transaction_id === "string" && claim.plan
    ? { transaction_id: claim.transaction_id, plan: claim.plan }
    : undefined;
}

const noPlan = (cartId: string): CartCompletionPlan => ({
  cart_id: cartId,
  existing_order_id: null,
  order: null,
  reservations: [],
  promotion_usage: [],
  payment_collection_id: null,
  session_id: null,
});
