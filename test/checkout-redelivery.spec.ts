import { beforeAll, describe, expect, it } from "vitest";
import type { TesseraContainer } from "../src/framework/container/container.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import type { StepContext, StepFunction } from "../src/framework/workflows/index.ts";
import { StepResponse } from "../src/framework/workflows/index.ts";
import { type CartCompletionPlan, claimCartForCompletionStep } from "../src/workflows/cart/steps/claim-cart.ts";
import { createOrdersStep } from "../src/workflows/order/steps/create-orders.ts";
import { type CartWorld, seedCartWorld } from "./fixtures/cart-world.ts";
import { checkoutCart, checkoutConfig, setStock } from "./fixtures/checkout.ts";

// A queued stage of completeCart can run twice: BullMQ hands a job out again when its worker's lock
// lapsed (a stalled event loop) while that worker still runs it, or after the worker died before
// its progress was stored. Each stage must then answer what the first delivery did.

/** One delivery of a step of the run `transactionId`: its handler, as the engine calls it. */
async function deliver<I, O>(
  step: StepFunction<I, O>,
  input: I,
  container: TesseraContainer,
  transactionId: string,
): Promise<O> {
  const ctx: StepContext = {
    container,
    workflowId: "complete-cart",
    transactionId,
    stepId: step.stepId,
    attempt: 1,
    metadata: {},
  };
  const response = await step.definition.invoke(input, ctx);
  return (response instanceof StepResponse ? response.output : response) as O;
}

integrationTestRunner({
  config: checkoutConfig,
  testSuite: ({ api, getContainer }) => {
    let w: CartWorld;
    beforeAll(async () => {
      w = await seedCartWorld(api, getContainer());
      await setStock(getContainer(), "SHIRT-M", 1000);
    });
    const c = () => getContainer();
    const claim = (cartId: string, tx: string) =>
      deliver(claimCartForCompletionStep, { cart_id: cartId }, c(), tx) as Promise<CartCompletionPlan>;
    const ordersOf = async (plan: CartCompletionPlan) =>
      (
        await c()
          .resolve("order")
          .listOrders({ id: plan.order?.id ?? "" })
      ).map((o) => o.id);

    describe("claim-cart-for-completion delivered twice", () => {
      it("answers the first delivery's plan again, at once, for the same run", async () => {
        const { cartId } = await checkoutCart(w, w.guest, c());
        const first = await claim(cartId, "redeliver-seq");
        const second = await claim(cartId, "redeliver-seq");
        expect(first.order?.id).toMatch(/^order_/);
        expect(second).toEqual(first);
      });

      it("two deliveries at once answer one plan: the second waits for the first's lock, then recognises its claim", async () => {
        const { cartId } = await checkoutCart(w, w.guest, c());
        const [a, b] = await Promise.all([claim(cartId, "redeliver-par"), claim(cartId, "redeliver-par")]);
        expect(a.order?.id).toMatch(/^order_/);
        expect(b).toEqual(a);
      });
    });

    describe("create-orders delivered twice", () => {
      it("writes the order once and answers it to both deliveries, one after the other or at once", async () => {
        const { cartId } = await checkoutCart(w, w.guest, c());
        const plan = await claim(cartId, "redeliver-order");
        const order = plan.order ? [plan.order] : [];
        const first = await deliver(createOrdersStep, order, c(), "redeliver-order");
        const again = await deliver(createOrdersStep, order, c(), "redeliver-order");
        expect(again.map((o) => o.id)).toEqual(first.map((o) => o.id));
        expect(await ordersOf(plan)).toEqual([plan.order?.id]);

        const other = await claim((await checkoutCart(w, w.guest, c())).cartId, "redeliver-order-par");
        const both = await Promise.all(
          [1, 2].map(() => deliver(createOrdersStep, other.order ? [other.order] : [], c(), "redeliver-order-par")),
        );
        expect(both.map((rows) => rows.map((o) => o.id))).toEqual([[other.order?.id], [other.order?.id]]);
        expect(await ordersOf(other)).toEqual([other.order?.id]);
        const items = await c()
          .resolve("order")
          .listLineItems({ order_id: other.order?.id ?? "" });
        expect(items.map((i) => i.quantity)).toEqual([2]);
      });
    });

    it("a completion of another run still answers the order the first run placed", async () => {
      const { cartId } = await checkoutCart(w, w.guest, c());
      const plan = await claim(cartId, "redeliver-first");
      await deliver(createOrdersStep, plan.order ? [plan.order] : [], c(), "redeliver-first");
      await c()
        .resolve("link")
        .create({ order: { order_id: plan.order?.id ?? "" }, cart: { cart_id: cartId } });
      const later = await claim(cartId, "redeliver-later");
      expect(later).toMatchObject({ existing_order_id: plan.order?.id, order: null });
    });
  },
});
