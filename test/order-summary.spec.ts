import { beforeAll, describe, expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import type { CartWorld } from "./fixtures/cart-world.ts";
import { checkoutConfig } from "./fixtures/checkout.ts";
import { mutate, RECEIVE_RETURN, REQUEST_RETURN, seedOrderWorld, shippedOrder } from "./fixtures/order-lifecycle.ts";
import { orderMutation, readOrder } from "./fixtures/orders.ts";

// Order.summary is the order's current total (Medusa's current_order_total): what came back is
// deducted, so a refunded return, an exchange whose difference was settled and a claim all end
// at pendingDifference 0.00. Every checkout order here: n × SHIRT-M at 120.00 (20 % VAT
// included) + 4.90 shipping, captured in full; one shirt's value is 120.00.
integrationTestRunner({
  config: checkoutConfig,
  testSuite: ({ api, getContainer }) => {
    let w: CartWorld;
    let warehouse: string;
    const c = () => getContainer();
    beforeAll(async () => {
      ({ w, warehouse } = await seedOrderWorld(api, c(), { "SHIRT-M": 100, "SHIRT-L": 1 }));
    });

    const paid = async (quantity: number) => {
      const order = await shippedOrder(api, { w, warehouse }, c(), { quantity, shipped: quantity });
      // Through the order (not the payment module alone), so the capture is an order transaction.
      const capture = await orderMutation(api, "captureOrderPayment", { orderId: order.orderId });
      expect(capture.userErrors).toEqual([]);
      return order;
    };
    const summary = async (orderId: string) => (await readOrder(api, orderId)).summary;
    const returned = async (orderId: string, item: string, quantity: number, refund: boolean) => {
      const ret = await mutate<{ return: { id: string } }>(api, ...REQUEST_RETURN, {
        orderId,
        items: [{ id: item, quantity }],
      });
      const got = await mutate<{ return: { refundAmount: string } }>(api, ...RECEIVE_RETURN, {
        returnId: ret.return.id,
        items: [{ id: item, quantity }],
        restock: false,
        refund,
      });
      expect(got.userErrors).toEqual([]);
      return got.return;
    };

    describe("returns", () => {
      it("a partial return received with its refund takes its value off the total: nothing outstanding", async () => {
        const order = await paid(3);
        expect(await summary(order.orderId)).toMatchObject({ total: "364.90", pendingDifference: "0.00" });
        expect(await returned(order.orderId, order.item, 1, true)).toMatchObject({ refundAmount: "120" });
        // 364.90 − 120.00 = 244.90; paid 364.90, refunded 120.00.
        expect(await summary(order.orderId)).toEqual({
          currencyCode: "eur",
          total: "244.90",
          paidTotal: "364.90",
          refundedTotal: "120.00",
          pendingDifference: "0.00",
        });
      });

      it("a return received without a refund leaves the refund due; refunding it settles the order", async () => {
        const order = await paid(2);
        await returned(order.orderId, order.item, 1, false);
        expect(await summary(order.orderId)).toMatchObject({
          total: "124.90",
          refundedTotal: "0.00",
          pendingDifference: "-120.00",
        });
        const refund = await orderMutation(api, "refundOrderPayment", { orderId: order.orderId, amount: "120" });
        expect(refund.userErrors).toEqual([]);
        expect(refund.order?.summary).toMatchObject({ total: "124.90", pendingDifference: "0.00" });
      });

      it("a requested return not yet received changes nothing", async () => {
        const order = await paid(2);
        await mutate(api, ...REQUEST_RETURN, { orderId: order.orderId, items: [{ id: order.item, quantity: 1 }] });
        expect(await summary(order.orderId)).toMatchObject({ total: "244.90", pendingDifference: "0.00" });
      });
    });

    describe("exchanges", () => {
      const exchange = (orderId: string, item: string, back: number, out: number) =>
        mutate<{ exchange: { differenceDue: string }; return: { id: string } }>(
          api,
          "createOrderExchange",
          "CreateOrderExchangeInput",
          "exchange { differenceDue } return { id }",
          {
            orderId,
            returnItems: [{ id: item, quantity: back }],
            outboundItems: [{ variantId: w.variants.shirtM, quantity: out }],
          },
        );

      it("owed to the customer: the difference shows as due from the start and is settled by the return's refund", async () => {
        const order = await paid(2);
        const out = await exchange(order.orderId, order.item, 2, 1);
        expect(out.userErrors).toEqual([]);
        expect(out.exchange.differenceDue).toBe("-120");
        // 244.90 + 120.00 out − 240.00 asked back = 124.90: the shop owes 120.00.
        expect(await summary(order.orderId)).toMatchObject({ total: "124.90", pendingDifference: "-120.00" });
        const got = await mutate<{ return: { refundAmount: string } }>(api, ...RECEIVE_RETURN, {
          returnId: out.return.id,
          items: [{ id: order.item, quantity: 2 }],
          restock: false,
        });
        expect(got.return.refundAmount).toBe("120");
        expect(await summary(order.orderId)).toMatchObject({
          total: "124.90",
          refundedTotal: "120.00",
          pendingDifference: "0.00",
        });
      });

      it("owed by the customer: pendingDifference is the difference due", async () => {
        const order = await paid(2);
        const out = await exchange(order.orderId, order.item, 1, 2);
        expect(out.exchange.differenceDue).toBe("120");
        // 244.90 + 240.00 out − 120.00 asked back = 364.90, paid 244.90.
        expect(await summary(order.orderId)).toMatchObject({ total: "364.90", pendingDifference: "120.00" });
      });
    });

    describe("claims", () => {
      const claim = (input: Record<string, unknown>) =>
        mutate(api, "createOrderClaim", "CreateOrderClaimInput", "claim { id }", input);

      it("a refund claim takes the claimed items' value off the total, which it refunded", async () => {
        const order = await paid(2);
        const out = await claim({ orderId: order.orderId, type: "REFUND", items: [{ id: order.item, quantity: 1 }] });
        expect(out.userErrors).toEqual([]);
        expect(await summary(order.orderId)).toMatchObject({
          total: "124.90",
          refundedTotal: "120.00",
          pendingDifference: "0.00",
        });
      });

      it("a replace claim keeps the total: the free replacement stands in for the written-off item", async () => {
        const order = await paid(1);
        const out = await claim({
          orderId: order.orderId,
          type: "REPLACE",
          items: [{ id: order.item, quantity: 1 }],
          outboundItems: [{ variantId: w.variants.shirtL, quantity: 1 }],
        });
        expect(out.userErrors).toEqual([]);
        expect(await summary(order.orderId)).toMatchObject({ total: "124.90", pendingDifference: "0.00" });
      });
    });

    it("charges return shipping on received returns, and costs the same SQL statements for 2 and 10 such orders", async () => {
      const orders = c().resolve("order");
      // 2 × 10.00 + 4.00 shipping = 24.00; one back with 3.00 return shipping: 24 − 10 + 3 = 17.00.
      const made = await orders.createOrdersWithDetails(
        Array.from({ length: 10 }, (_, i) => ({
          currency_code: "eur",
          email: `summary${i}@example.com`,
          items: [{ title: "A", quantity: 2, unit_price: "10", fulfilled_quantity: 2, shipped_quantity: 2 }],
          shipping_methods: [{ name: "Post", amount: "4" }],
        })),
      );
      for (const o of made) {
        const [item] = await orders.listLineItems({ order_id: o.id });
        const ret = await orders.requestReturn({
          order_id: o.id,
          items: [{ item_id: item?.id ?? "", quantity: 1 }],
          shipping_amount: "3",
        });
        await orders.receiveReturn({ return_id: ret.id, items: [{ item_id: item?.id ?? "", quantity: 1 }] });
      }
      const db = c().resolve("db");
      const page = `query($first: Int!) { orders(first: $first, filter: { email: { like: "summary%" } }) {
        edges { node { id summary { total pendingDifference } } } } }`;
      type Page = { orders: { edges: { node: { summary: { total: string; pendingDifference: string } } }[] } };
      const statements = async (first: number) => {
        db.resetQueryCount();
        const res = await api.graphql<Page, { first: number }>(page, { first });
        expect(res.errors).toBeUndefined();
        expect(res.data?.orders.edges.map((e) => e.node.summary)).toEqual(
          Array.from({ length: first }, () => ({ total: "17.00", pendingDifference: "17.00" })),
        );
        return db.queryCount();
      };
      await statements(2); // warms per-process caches
      expect(await statements(10)).toBe(await statements(2));
    });
  },
});
