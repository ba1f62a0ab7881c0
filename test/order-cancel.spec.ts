import { beforeAll, describe, expect, it } from "vitest";
import { recordEvents } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import type { CartWorld } from "./fixtures/cart-world.ts";
import { checkoutCart, checkoutConfig, completeCart } from "./fixtures/checkout.ts";
import { FULFIL, SHIP, eventWhere, mutate, quantities, seedOrderWorld, stockOf } from "./fixtures/order-lifecycle.ts";
import { orderMutation, readOrder } from "./fixtures/orders.ts";

// Every order here: 3 × SHIRT-M at 120 EUR (VAT included) + 4.90 shipping = 364.90, authorized
// with the test provider at placement. Canceling gives back everything not shipped: fulfilments,
// stock, reservations, the authorization's remainder and what was captured.
integrationTestRunner({
  config: checkoutConfig,
  testSuite: ({ api, getContainer }) => {
    let w: CartWorld;
    let warehouse: string;
    const c = () => getContainer();
    beforeAll(async () => {
      ({ w, warehouse } = await seedOrderWorld(api, c(), { "SHIRT-M": 100 }));
    });

    const place = async (payment: Record<string, unknown> = {}) => {
      const { cartId } = await checkoutCart(w, w.guest, c(), {
        items: [{ variantId: w.variants.shirtM, quantity: 3 }],
        payment,
      });
      const { order } = await completeCart(w.guest, cartId);
      if (!order) throw new Error("order not placed");
      return { orderId: order.id, item: order.items[0]?.id ?? "" };
    };
    const fulfil = async (orderId: string, item: string, quantity: number) => {
      const res = await mutate<{ fulfillment: { id: string } }>(api, ...FULFIL, {
        orderId,
        locationId: warehouse,
        items: [{ id: item, quantity }],
      });
      expect(res.userErrors).toEqual([]);
      return res.fulfillment.id;
    };
    const paymentOf = async (orderId: string) => {
      const res = await api.graphql<{ order: { payments: { id: string }[] } }, { id: string }>(
        "query($id: ID!) { order(id: $id) { payments { id } } }",
        { id: orderId },
      );
      return c()
        .resolve("payment")
        .retrievePayment(res.data?.order.payments[0]?.id ?? "", { relations: ["captures", "refunds"] });
    };
    /** Everything a cancellation writes: a refused or failed one must leave all of it as it was. */
    const written = async (orderId: string, item: string, fulfillmentId: string) => {
      const payment = await paymentOf(orderId);
      const order = await readOrder(api, orderId);
      return {
        order: { status: order.status, version: order.version, changes: order.changes, summary: order.summary },
        item: await quantities(c(), item),
        stock: await stockOf(c(), "SHIRT-M"),
        fulfillmentCanceled: (await c().resolve("fulfillment").retrieveFulfillment(fulfillmentId)).canceled_at,
        payment: {
          canceled: payment.canceled_at,
          captures: payment.captures?.length,
          refunds: payment.refunds?.length,
        },
      };
    };

    describe("canceling an order with an unshipped fulfilment and a partly captured payment", () => {
      it("cancels the fulfilment, puts the stock back, voids the remainder and refunds the capture (numbers by hand)", async () => {
        const start = await stockOf(c(), "SHIRT-M");
        const { orderId, item } = await place();
        // 3 reserved at placement.
        expect(await stockOf(c(), "SHIRT-M")).toEqual({ ...start, reserved: start.reserved + 3, held: start.held + 3 });
        await orderMutation(api, "captureOrderPayment", { orderId, amount: "100" });
        const fulfillmentId = await fulfil(orderId, item, 2);
        // 2 left the shelf: stocked −2, the reservation 3 → 1.
        expect(await stockOf(c(), "SHIRT-M")).toEqual({
          stocked: start.stocked - 2,
          reserved: start.reserved + 1,
          held: start.held + 1,
        });
        const bus = c().resolve("eventBus");
        const fulfilmentEvents = recordEvents<{ order_id: string; fulfillment_id: string }>(
          bus,
          "order.fulfillment_canceled",
        );
        const voidedEvents = recordEvents<{ id: string }>(bus, "payment.canceled");
        const refundedEvents = recordEvents<{ id: string }>(bus, "payment.refunded");

        const res = await orderMutation(api, "cancelOrder", { orderId });
        expect(res.userErrors).toEqual([]);
        expect(res.order).toMatchObject({
          status: "canceled",
          fulfillmentStatus: "CANCELED",
          // 100 captured and 100 refunded; the 264.90 left of the authorization voided.
          paymentStatus: "REFUNDED",
          summary: { total: "364.90", paidTotal: "100.00", refundedTotal: "100.00" },
          transactions: [
            { amount: "100", reference: "capture" },
            { amount: "-100", reference: "refund" },
          ],
        });
        const cancel = res.order?.changes.find((ch) => ch.changeType === "cancel");
        expect(cancel?.actions.map((a) => a.action)).toEqual(["CANCEL_FULFILL_ITEM", "CANCEL"]);
        // The fulfilment is canceled, the item holds nothing fulfilled, the shelf and the
        // reservations are back where they were before the order.
        expect(await quantities(c(), item)).toMatchObject({ quantity: 3, fulfilled: 0, shipped: 0 });
        expect((await c().resolve("fulfillment").retrieveFulfillment(fulfillmentId)).canceled_at).toBeInstanceOf(Date);
        expect(await stockOf(c(), "SHIRT-M")).toEqual(start);
        const payment = await paymentOf(orderId);
        expect(payment.canceled_at).toBeInstanceOf(Date);
        expect(payment.captures?.map((x) => x.amount.toFixed(2))).toEqual(["100.00"]);
        expect(payment.refunds?.map((x) => x.amount.toFixed(2))).toEqual(["100.00"]);
        expect(await eventWhere(fulfilmentEvents, (e) => e.fulfillment_id === fulfillmentId)).toEqual({
          order_id: orderId,
          fulfillment_id: fulfillmentId,
        });
        expect(await eventWhere(voidedEvents, (e) => e.id === payment.id)).toEqual({ id: payment.id });
        expect(await eventWhere(refundedEvents, (e) => e.id === payment.id)).toEqual({ id: payment.id });
        // The remainder is gone: nothing more can be captured.
        await expect(c().resolve("payment").capturePayment({ payment_id: payment.id })).rejects.toMatchObject({
          type: "not_allowed",
        });
      });
    });

    describe("refusals and failures change nothing", () => {
      it("refuses once an item was shipped (ORDER_SHIPPED)", async () => {
        const { orderId, item } = await place();
        const fulfillmentId = await fulfil(orderId, item, 1);
        const shipped = await mutate(api, ...SHIP, { orderId, fulfillmentId, labels: [] });
        expect(shipped.userErrors).toEqual([]);
        const before = await written(orderId, item, fulfillmentId);
        const res = await orderMutation(api, "cancelOrder", { orderId });
        expect(res.userErrors).toEqual([{ field: ["input", "orderId"], code: "ORDER_SHIPPED" }]);
        expect(await written(orderId, item, fulfillmentId)).toEqual(before);
        expect(before.order.status).toBe("pending");
      });

      it("undoes everything when the provider fails to void the remainder", async () => {
        const { orderId, item } = await place({ fail_cancel: true });
        await orderMutation(api, "captureOrderPayment", { orderId, amount: "100" });
        const fulfillmentId = await fulfil(orderId, item, 2);
        const before = await written(orderId, item, fulfillmentId);
        const res = await orderMutation(api, "cancelOrder", { orderId });
        expect(res.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
        expect(await written(orderId, item, fulfillmentId)).toEqual(before);
        expect(before).toMatchObject({
          order: { status: "pending", summary: { paidTotal: "100.00", refundedTotal: "0.00" } },
          item: { fulfilled: 2 },
          fulfillmentCanceled: null,
          payment: { canceled: null, captures: 1, refunds: 0 },
        });
      });

      it("undoes everything when the provider fails to refund a fully captured payment", async () => {
        const { orderId, item } = await place({ fail_refund: true });
        await orderMutation(api, "captureOrderPayment", { orderId });
        const fulfillmentId = await fulfil(orderId, item, 3);
        const before = await written(orderId, item, fulfillmentId);
        const res = await orderMutation(api, "cancelOrder", { orderId });
        expect(res.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
        expect(await written(orderId, item, fulfillmentId)).toEqual(before);
        expect(before).toMatchObject({
          order: { status: "pending", summary: { paidTotal: "364.90", refundedTotal: "0.00" } },
          item: { fulfilled: 3 },
          payment: { canceled: null, captures: 1, refunds: 0 },
        });
      });
    });
  },
});
