import { beforeAll, expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { type CartWorld, seedCartWorld } from "./fixtures/cart-world.ts";
import { checkoutConfig, setStock } from "./fixtures/checkout.ts";
import {
  captureAll,
  FULFIL,
  LIFECYCLE_ORDER,
  money,
  mutate,
  placeOrder,
  quantities,
  RECEIVE_RETURN,
  REQUEST_RETURN,
  SHIP,
  stockOf,
  warehouseId,
} from "./fixtures/order-lifecycle.ts";

// The whole life of an order, on the embedded database and on PostgreSQL: place → capture →
// fulfil partly → ship → return one item → refund → exchange another, every number worked out by
// hand. Shirts sell at 120.00 EUR incl. 20 % VAT, shipping 4.90; the L size is repriced to 100.00.
integrationTestRunner({
  config: checkoutConfig,
  testSuite: ({ api, getContainer }) => {
    let w: CartWorld;
    let warehouse: string;
    const c = () => getContainer();
    beforeAll(async () => {
      w = await seedCartWorld(api, c());
      await setStock(c(), "SHIRT-M", 10);
      await setStock(c(), "SHIRT-L", 1);
      const pricing = c().resolve("pricing");
      const [link] = await c()
        .resolve("link")
        .list((await import("../src/links/product-variant-price-set.ts")).default, {
          product_variant_id: w.variants.shirtL,
        });
      const [price] = await pricing.listPrices({ price_set_id: String(link?.price_set_id), currency_code: "eur" });
      await pricing.updatePrices({ id: price?.id ?? "", amount: "100" });
      warehouse = await warehouseId(c());
    });

    it("places, captures, fulfils partly, ships, returns and refunds one item, exchanges another", async () => {
      const orders = c().resolve("order");
      // Place: 3 × M = 360.00 + 4.90 shipping; 3 units reserved.
      const placed = await placeOrder(w, c(), [{ variantId: w.variants.shirtM, quantity: 3 }]);
      const m = placed.itemIds[0] ?? "";
      expect(placed.total).toBe("364.90");
      expect(await stockOf(c(), "SHIRT-M")).toEqual({ stocked: 10, reserved: 3, held: 3 });

      // Capture all of it.
      await captureAll(c(), placed.collectionId);
      expect(await money(c(), placed.collectionId)).toEqual({ captured: "364.90", refunded: "0.00" });

      // Fulfil 2 of 3: 2 units leave the shelf, 1 stays reserved.
      const f = await mutate<{ fulfillment: { id: string } }>(api, ...FULFIL, {
        orderId: placed.orderId,
        locationId: warehouse,
        items: [{ id: m, quantity: 2 }],
      });
      expect(f.userErrors).toEqual([]);
      expect(await stockOf(c(), "SHIRT-M")).toEqual({ stocked: 8, reserved: 1, held: 1 });

      // Ship them.
      const s = await mutate(api, ...SHIP, {
        orderId: placed.orderId,
        fulfillmentId: f.fulfillment.id,
        labels: [{ trackingNumber: "DHL-1" }],
      });
      expect(s.userErrors).toEqual([]);
      const read = await api.graphql<
        { order: { items: { fulfilledQuantity: number; shippedQuantity: number }[] } },
        { id: string }
      >(`query($id: ID!) { order(id: $id) { ${LIFECYCLE_ORDER} } }`, { id: placed.orderId });
      expect(read.data?.order.items).toMatchObject([{ quantity: 3, fulfilledQuantity: 2, shippedQuantity: 2 }]);

      // Return one and receive it into the warehouse: 120.00 refunded, the unit back on the shelf.
      const r = await mutate<{ return: { id: string } }>(api, ...REQUEST_RETURN, {
        orderId: placed.orderId,
        items: [{ id: m, quantity: 1 }],
        locationId: warehouse,
      });
      const got = await mutate<{ return: { status: string; refundAmount: string } }>(api, ...RECEIVE_RETURN, {
        returnId: r.return.id,
        items: [{ id: m, quantity: 1 }],
        restock: true,
      });
      expect(got.userErrors).toEqual([]);
      expect(got.return).toEqual({ id: r.return.id, status: "received", refundAmount: "120" });
      expect(await quantities(c(), m)).toMatchObject({ fulfilled: 2, shipped: 2, received: 1, requested: 0 });
      expect(await stockOf(c(), "SHIRT-M")).toEqual({ stocked: 9, reserved: 1, held: 1 });
      expect(await money(c(), placed.collectionId)).toEqual({ captured: "364.90", refunded: "120.00" });

      // Exchange the other shipped M for an L at today's 100.00: the customer is owed 20.00.
      const x = await mutate<{ exchange: { id: string; differenceDue: string }; return: { id: string } }>(
        api,
        "createOrderExchange",
        "CreateOrderExchangeInput",
        "exchange { id differenceDue } return { id }",
        {
          orderId: placed.orderId,
          returnItems: [{ id: m, quantity: 1 }],
          outboundItems: [{ variantId: w.variants.shirtL, quantity: 1 }],
          locationId: warehouse,
        },
      );
      expect(x.userErrors).toEqual([]);
      expect(x.exchange.differenceDue).toBe("-20");
      const items = await orders.listLineItems({ order_id: placed.orderId }, { order: { created_at: "ASC" } });
      const l = items.find((i) => i.variant_id === w.variants.shirtL);
      expect([l?.quantity, l?.unit_price.toFixed(2), l?.is_tax_inclusive]).toEqual([1, "100.00", true]);
      expect(await stockOf(c(), "SHIRT-L")).toEqual({ stocked: 1, reserved: 1, held: 1 });
      expect(await quantities(c(), m)).toMatchObject({ requested: 1, received: 1 });

      // The M comes back: restocked, and the 20.00 difference refunded.
      const back = await mutate<{ return: { status: string; refundAmount: string } }>(api, ...RECEIVE_RETURN, {
        returnId: x.return.id,
        items: [{ id: m, quantity: 1 }],
        restock: true,
      });
      expect(back.userErrors).toEqual([]);
      expect(back.return).toMatchObject({ status: "received", refundAmount: "20" });
      expect(await stockOf(c(), "SHIRT-M")).toEqual({ stocked: 10, reserved: 1, held: 1 });
      expect(await money(c(), placed.collectionId)).toEqual({ captured: "364.90", refunded: "140.00" });

      // Ship the rest: the last M and the L leave their reservations for good.
      const rest = await mutate<{ fulfillment: { id: string } }>(api, ...FULFIL, {
        orderId: placed.orderId,
        locationId: warehouse,
        items: [
          { id: m, quantity: 1 },
          { id: l?.id ?? "", quantity: 1 },
        ],
      });
      expect(rest.userErrors).toEqual([]);
      expect(await stockOf(c(), "SHIRT-M")).toEqual({ stocked: 9, reserved: 0, held: 0 });
      expect(await stockOf(c(), "SHIRT-L")).toEqual({ stocked: 0, reserved: 0, held: 0 });
      expect(await quantities(c(), m)).toMatchObject({ quantity: 3, fulfilled: 3, shipped: 2, received: 2 });

      // The order's money history: two refunds, signed; its change history in order.
      const txs = await orders.listOrderTransactions({ order_id: placed.orderId }, { order: { created_at: "ASC" } });
      expect(txs.map((t) => [t.reference, t.amount.toFixed(2)])).toEqual([
        ["refund", "-120.00"],
        ["refund", "-20.00"],
      ]);
      const changes = await orders.listOrderChanges({ order_id: placed.orderId }, { order: { version: "ASC" } });
      expect(changes.map((ch) => [ch.version, ch.change_type])).toEqual([
        [2, "fulfillment"],
        [3, "shipment"],
        [4, "return"],
        [5, "return"],
        [6, "exchange"],
        [7, "exchange"],
        [8, "fulfillment"],
      ]);
    });
  },
});
