import { beforeAll, describe, expect, it, vi } from "vitest";
import { recordEvents } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { type CartWorld, seedCartWorld } from "./fixtures/cart-world.ts";
import { checkoutConfig, setStock } from "./fixtures/checkout.ts";
import { orderMutation, placeOrder, readOrder } from "./fixtures/orders.ts";

// Every order here: 2 × 120 EUR (20 % VAT included) + 4.90 shipping = 244.90, authorized with
// the test provider at placement. On PostgreSQL the concurrent refunds race for real.
integrationTestRunner({
  config: checkoutConfig,
  testSuite: ({ api, getContainer }) => {
    let w: CartWorld;
    beforeAll(async () => {
      w = await seedCartWorld(api, getContainer());
      await setStock(getContainer(), "SHIRT-M", 1000);
    });
    const c = () => getContainer();
    const reservationsOf = async (orderId: string) => {
      const items = await c().resolve("order").listLineItems({ order_id: orderId });
      return c()
        .resolve("inventory")
        .listReservationItems({ line_item_id: items.map((i) => i.id) });
    };

    describe("capturing and refunding an order's payment", () => {
      it("captures in parts, refunds part, and the summary and statuses follow (numbers by hand)", async () => {
        const id = await placeOrder(w, w.guest, c());
        expect(await readOrder(api, id)).toMatchObject({
          paymentStatus: "AUTHORIZED",
          fulfillmentStatus: "NOT_FULFILLED",
          summary: { total: "244.90", paidTotal: "0.00", refundedTotal: "0.00", pendingDifference: "244.90" },
          transactions: [],
        });
        const captured = recordEvents<{ id: string }>(c().resolve("eventBus"), "payment.captured");
        const updated = recordEvents<{ id: string }>(c().resolve("eventBus"), "order.updated");
        const nextUpdate = updated.next();
        const part = await orderMutation(api, "captureOrderPayment", { orderId: id, amount: "100" });
        expect(part.userErrors).toEqual([]);
        expect(part.order).toMatchObject({
          paymentStatus: "PARTIALLY_CAPTURED",
          summary: { paidTotal: "100.00", refundedTotal: "0.00", pendingDifference: "144.90" },
          transactions: [{ amount: "100", reference: "capture" }],
        });
        expect(await nextUpdate).toEqual({ id });
        const rest = await orderMutation(api, "captureOrderPayment", { orderId: id });
        expect(rest.order).toMatchObject({
          paymentStatus: "CAPTURED",
          summary: { paidTotal: "244.90", pendingDifference: "0.00" },
        });
        // Delivered after the answer (through Redis on that run): wait for both captures' events.
        await vi.waitFor(() => expect(captured.received).toHaveLength(2), { timeout: 10_000 });
        const refunded = recordEvents<{ id: string }>(c().resolve("eventBus"), "payment.refunded");
        const nextRefund = refunded.next();
        const refund = await orderMutation(api, "refundOrderPayment", { orderId: id, amount: "30", note: "scratch" });
        expect(refund.userErrors).toEqual([]);
        expect(refund.order).toMatchObject({
          paymentStatus: "PARTIALLY_REFUNDED",
          summary: { total: "244.90", paidTotal: "244.90", refundedTotal: "30.00", pendingDifference: "30.00" },
        });
        expect(refund.order?.transactions.map((t) => t.amount)).toEqual(["100", "144.9", "-30"]);
        expect(refund.order?.transactions.every((t) => t.referenceId)).toBe(true);
        expect((await nextRefund).id).toMatch(/^pay_/);
        // More than is left, and nothing left to capture: typed refusals that change nothing.
        const tooMuch = await orderMutation(api, "refundOrderPayment", { orderId: id, amount: "215" });
        expect(tooMuch.userErrors).toEqual([{ field: ["input", "amount"], code: "NOT_ALLOWED" }]);
        const again = await orderMutation(api, "captureOrderPayment", { orderId: id });
        expect(again.userErrors).toEqual([{ field: ["input", "amount"], code: "NOT_ALLOWED" }]);
        expect((await readOrder(api, id)).transactions).toHaveLength(3);
      });

      it("lets exactly 3 of 10 concurrent refunds of 30 through against 100 captured", async () => {
        const id = await placeOrder(w, w.guest, c());
        await orderMutation(api, "captureOrderPayment", { orderId: id, amount: "100" });
        const results = await Promise.all(
          Array.from({ length: 10 }, () => orderMutation(api, "refundOrderPayment", { orderId: id, amount: "30" })),
        );
        expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(3);
        expect(results.filter((r) => r.userErrors[0]?.code === "NOT_ALLOWED")).toHaveLength(7);
        const order = await readOrder(api, id);
        expect(order.summary).toMatchObject({ paidTotal: "100.00", refundedTotal: "90.00" });
        expect(order.transactions.filter((t) => t.reference === "refund")).toHaveLength(3);
        const payments = await c().resolve("payment").listRefunds({});
        expect(payments.filter((r) => r.note === null).length).toBeGreaterThanOrEqual(3);
      });

      it("refuses to capture a voided payment with PAYMENT_CANCELED", async () => {
        const id = await placeOrder(w, w.guest, c());
        const res = await api.graphql<{ order: { payments: { id: string }[] } }, { id: string }>(
          "query($id: ID!) { order(id: $id) { payments { id } } }",
          { id },
        );
        const [payment] = res.data?.order.payments ?? [];
        await c()
          .resolve("payment")
          .cancelPayment(payment?.id ?? "");
        const capture = await orderMutation(api, "captureOrderPayment", { orderId: id });
        expect(capture.userErrors).toEqual([{ field: ["input", "orderId"], code: "PAYMENT_CANCELED" }]);
        expect(await readOrder(api, id)).toMatchObject({ paymentStatus: "CANCELED", transactions: [] });
      });

      it("leaves the order unchanged when the provider fails the refund", async () => {
        const id = await placeOrder(w, w.guest, c(), { fail_refund: true });
        await orderMutation(api, "captureOrderPayment", { orderId: id });
        const before = await readOrder(api, id);
        const failed = await orderMutation(api, "refundOrderPayment", { orderId: id, amount: "10" });
        expect(failed.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
        expect(await readOrder(api, id)).toEqual(before);
        expect(before).toMatchObject({ paymentStatus: "CAPTURED", summary: { refundedTotal: "0.00" } });
      });
    });

    describe("canceling an order", () => {
      it("releases the reservations, voids the authorization, records a cancel change, and then refuses capture", async () => {
        const id = await placeOrder(w, w.guest, c());
        expect(await reservationsOf(id)).toHaveLength(1);
        const canceled = recordEvents<{ id: string }>(c().resolve("eventBus"), "order.canceled");
        const next = canceled.next();
        const res = await orderMutation(api, "cancelOrder", { orderId: id });
        expect(res.userErrors).toEqual([]);
        expect(res.order).toMatchObject({
          status: "canceled",
          paymentStatus: "CANCELED",
          fulfillmentStatus: "CANCELED",
          version: 2,
          changes: [{ changeType: "cancel", status: "confirmed", version: 2, actions: [{ action: "CANCEL" }] }],
        });
        expect(res.order?.canceledAt).not.toBeNull();
        expect(await next).toEqual({ id });
        expect(await reservationsOf(id)).toEqual([]);
        const capture = await orderMutation(api, "captureOrderPayment", { orderId: id });
        expect(capture.userErrors).toEqual([{ field: ["input", "orderId"], code: "ORDER_CANCELED" }]);
        const twice = await orderMutation(api, "cancelOrder", { orderId: id });
        expect(twice.userErrors).toEqual([{ field: ["input", "orderId"], code: "ORDER_CANCELED" }]);
      });

      it("refunds what was captured", async () => {
        const id = await placeOrder(w, w.guest, c());
        await orderMutation(api, "captureOrderPayment", { orderId: id, amount: "50" });
        const res = await orderMutation(api, "cancelOrder", { orderId: id });
        expect(res.order).toMatchObject({
          status: "canceled",
          paymentStatus: "REFUNDED",
          summary: { paidTotal: "50.00", refundedTotal: "50.00" },
        });
        expect(res.order?.transactions.map((t) => t.amount)).toEqual(["50", "-50"]);
      });

      it("undoes the cancellation when voiding the payment fails", async () => {
        const id = await placeOrder(w, w.guest, c(), { fail_cancel: true });
        const res = await orderMutation(api, "cancelOrder", { orderId: id });
        expect(res.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
        expect(await readOrder(api, id)).toMatchObject({
          status: "pending",
          canceledAt: null,
          version: 1,
          paymentStatus: "AUTHORIZED",
          changes: [],
        });
        expect(await reservationsOf(id)).toHaveLength(1);
      });
    });
  },
});
