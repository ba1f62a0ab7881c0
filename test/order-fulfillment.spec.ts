import { beforeAll, describe, expect, it } from "vitest";
import { recordEvents } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import type { CartWorld } from "./fixtures/cart-world.ts";
import { checkoutConfig } from "./fixtures/checkout.ts";
import {
  FULFIL,
  SHIP,
  mutate,
  placeOrder,
  quantities,
  stockOf,
  eventWhere,
  refusal,
  seedOrderWorld,
} from "./fixtures/order-lifecycle.ts";

integrationTestRunner({
  config: checkoutConfig,
  testSuite: ({ api, getContainer }) => {
    let w: CartWorld;
    let warehouse: string;
    const c = () => getContainer();
    beforeAll(async () => {
      ({ w, warehouse } = await seedOrderWorld(api, c(), { "SHIRT-M": 100 }));
    });

    const fulfil = (orderId: string, items: { id: string; quantity: number }[], locationId = warehouse) =>
      mutate<{ fulfillment: { id: string } | null }>(api, ...FULFIL, { orderId, locationId, items });
    const fulfillmentChange = (field: string, input: string, orderId: string, fulfillmentId: string) =>
      mutate<{ fulfillment: { id: string; canceledAt?: string | null; deliveredAt?: string | null } | null }>(
        api,
        field,
        input,
        "fulfillment { id canceledAt deliveredAt }",
        { orderId, fulfillmentId },
      );
    /** Everything a fulfilment writes: a failed one must leave all of it as it was. */
    const written = async (orderId: string, itemId: string) => ({
      item: await quantities(c(), itemId),
      stock: await stockOf(c(), "SHIRT-M"),
      fulfillments: (await c().resolve("fulfillment").listFulfillments({})).length,
      changes: (await c().resolve("order").listOrderChanges({ order_id: orderId })).length,
      version: (await c().resolve("order").retrieveOrder(orderId)).version,
    });

    describe("fulfilling part of an order", () => {
      it("turns reservations into stock decrements, raises fulfilledQuantity and links the fulfillment", async () => {
        const created = recordEvents<{ order_id: string; fulfillment_id: string }>(
          c().resolve("eventBus"),
          "order.fulfillment_created",
        );
        const before = await stockOf(c(), "SHIRT-M");
        const { orderId, itemIds } = await placeOrder(w, c(), [{ variantId: w.variants.shirtM, quantity: 3 }]);
        const item = itemIds[0] ?? "";
        expect(await stockOf(c(), "SHIRT-M")).toEqual({
          ...before,
          reserved: before.reserved + 3,
          held: before.held + 3,
        });

        const first = await fulfil(orderId, [{ id: item, quantity: 2 }]);
        expect(first.userErrors).toEqual([]);
        expect(await quantities(c(), item)).toMatchObject({ quantity: 3, fulfilled: 2, shipped: 0 });
        // 2 of the 3 reserved units left the shelf: stock −2, reservation 3 → 1.
        expect(await stockOf(c(), "SHIRT-M")).toEqual({
          stocked: before.stocked - 2,
          reserved: before.reserved + 1,
          held: before.held + 1,
        });
        const fulfillmentId = first.fulfillment?.id ?? "";
        const row = await c()
          .resolve("fulfillment")
          .retrieveFulfillment(fulfillmentId, { relations: ["items"] });
        expect(row).toMatchObject({ location_id: warehouse, provider_id: "manual_manual" });
        expect(row.items?.map((i) => [i.line_item_id, i.quantity])).toEqual([[item, 2]]);
        const [change] = await c()
          .resolve("order")
          .listOrderChanges({ order_id: orderId, change_type: "fulfillment" }, { relations: ["actions"] });
        expect(change?.actions?.map((a) => [a.action, a.reference_id, a.details])).toEqual([
          ["FULFILL_ITEM", item, { quantity: 2, location_id: warehouse }],
        ]);
        expect(await eventWhere(created, (e) => e.fulfillment_id === fulfillmentId)).toEqual({
          order_id: orderId,
          fulfillment_id: fulfillmentId,
        });

        // The order reads its fulfillments through the link.
        const read = await api.graphql<
          { order: { fulfillments: { edges: { node: { id: string } }[] } } },
          { id: string }
        >("query($id: ID!) { order(id: $id) { fulfillments(first: 10) { edges { node { id } } } } }", { id: orderId });
        expect(read.data?.order.fulfillments.edges.map((e) => e.node.id)).toEqual([fulfillmentId]);

        // One more than is left to fulfil is refused and changes nothing.
        const state = await written(orderId, item);
        const over = await fulfil(orderId, [{ id: item, quantity: 2 }]);
        expect(over.userErrors).toEqual([
          {
            field: ["input", "items", "0", "quantity"],
            code: "NOT_ALLOWED",
            message: expect.stringContaining("1 of 3"),
          },
        ]);
        expect(await written(orderId, item)).toEqual(state);
        expect((await fulfil(orderId, [{ id: item, quantity: 1 }])).userErrors).toEqual([]);
        expect(await quantities(c(), item)).toMatchObject({ fulfilled: 3 });
      });

      it("refuses a location without stock of the items, and a canceled order, leaving everything as it was", async () => {
        const { orderId, itemIds } = await placeOrder(w, c(), [{ variantId: w.variants.shirtM, quantity: 1 }]);
        const item = itemIds[0] ?? "";
        const [empty] = await c()
          .resolve("stockLocation")
          .createLocationsWithAddress([{ name: "Empty", address: null }]);
        const state = await written(orderId, item);
        const elsewhere = await fulfil(orderId, [{ id: item, quantity: 1 }], empty?.id ?? "");
        expect(elsewhere.userErrors).toEqual([
          { field: ["input", "locationId"], code: "INVALID_DATA", message: expect.stringContaining("not stocked") },
        ]);
        expect(await written(orderId, item)).toEqual(state);

        await c().resolve("order").updateOrders({ id: orderId, status: "canceled" });
        const canceled = await fulfil(orderId, [{ id: item, quantity: 1 }]);
        expect(canceled.userErrors.map((e) => [e.field, e.code])).toEqual([[["input", "orderId"], "NOT_ALLOWED"]]);
        expect(await written(orderId, item)).toEqual(state);
      });

      it("refuses a location whose stock is promised to other orders", async () => {
        const { orderId, itemIds } = await placeOrder(w, c(), [{ variantId: w.variants.shirtM, quantity: 1 }]);
        const item = itemIds[0] ?? "";
        // The reservation sits at the warehouse; a second location holds 1 unit, reserved for someone else.
        const [other] = await c()
          .resolve("stockLocation")
          .createLocationsWithAddress([{ name: "Shop", address: null }]);
        const inventory = c().resolve("inventory");
        const [inv] = await inventory.listInventoryItems({ sku: "SHIRT-M" });
        await inventory.createInventoryLevels({
          inventory_item_id: inv?.id ?? "",
          location_id: other?.id ?? "",
          stocked_quantity: 1,
        });
        await inventory.createReservations([
          { inventory_item_id: inv?.id ?? "", location_id: other?.id ?? "", quantity: 1 },
        ]);
        const state = await written(orderId, item);
        const refused = await fulfil(orderId, [{ id: item, quantity: 1 }], other?.id ?? "");
        expect(refused.userErrors.map((e) => [e.field, e.code])).toEqual([[["input", "locationId"], "NOT_ALLOWED"]]);
        expect(await written(orderId, item)).toEqual(state);
      });
    });

    describe("concurrent and retried fulfilments", () => {
      it("never fulfils more than ordered when two race, and does a retried request once", async () => {
        const { orderId, itemIds } = await placeOrder(w, c(), [{ variantId: w.variants.shirtM, quantity: 3 }]);
        const item = itemIds[0] ?? "";
        const before = await stockOf(c(), "SHIRT-M");
        const raced = await Promise.all([
          fulfil(orderId, [{ id: item, quantity: 2 }]),
          fulfil(orderId, [{ id: item, quantity: 2 }]),
        ]);
        expect(raced.map((r) => r.userErrors.map((e) => e.code)).sort()).toEqual([[], ["NOT_ALLOWED"]]);
        expect(await quantities(c(), item)).toMatchObject({ fulfilled: 2 });
        expect(await stockOf(c(), "SHIRT-M")).toEqual({
          ...before,
          stocked: before.stocked - 2,
          reserved: before.reserved - 2,
          held: before.held - 2,
        });

        const once = {
          orderId,
          locationId: warehouse,
          items: [{ id: item, quantity: 1 }],
          idempotencyKey: `fulfil-${orderId}`,
        };
        const first = await mutate<{ fulfillment: { id: string } }>(api, ...FULFIL, once);
        const again = await mutate<{ fulfillment: { id: string } }>(api, ...FULFIL, once);
        expect(again.fulfillment.id).toBe(first.fulfillment.id);
        expect(await quantities(c(), item)).toMatchObject({ fulfilled: 3 });
      });
    });

    describe("cancelling, shipping and delivering a fulfillment", () => {
      it("cancels before shipping (stock and reservation back), ships with labels, delivers; refuses out of order", async () => {
        const { orderId, itemIds } = await placeOrder(w, c(), [{ variantId: w.variants.shirtM, quantity: 2 }]);
        const item = itemIds[0] ?? "";
        const placed = await stockOf(c(), "SHIRT-M");
        const first = (await fulfil(orderId, [{ id: item, quantity: 2 }])).fulfillment?.id ?? "";
        const canceled = await fulfillmentChange(
          "cancelOrderFulfillment",
          "CancelOrderFulfillmentInput",
          orderId,
          first,
        );
        expect(canceled.userErrors).toEqual([]);
        expect(canceled.fulfillment?.canceledAt).not.toBeNull();
        expect(await quantities(c(), item)).toMatchObject({ fulfilled: 0 });
        expect(await stockOf(c(), "SHIRT-M")).toEqual(placed);

        const shipped = recordEvents<{ order_id: string; fulfillment_id: string }>(
          c().resolve("eventBus"),
          "order.shipment_created",
        );
        const delivered = recordEvents<{ id: string; order_id: string }>(c().resolve("eventBus"), "delivery.created");
        const second = (await fulfil(orderId, [{ id: item, quantity: 1 }])).fulfillment?.id ?? "";
        // Delivering before shipping is refused.
        const early = await fulfillmentChange(
          "markOrderFulfillmentDelivered",
          "MarkOrderFulfillmentDeliveredInput",
          orderId,
          second,
        );
        expect(early.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
        const ship = await mutate<{ fulfillment: { id: string; shippedAt: string | null } | null }>(api, ...SHIP, {
          orderId,
          fulfillmentId: second,
          labels: [{ trackingNumber: "TRACK-1", trackingUrl: "https://track.example/1" }],
        });
        expect(ship.userErrors).toEqual([]);
        expect(ship.fulfillment?.shippedAt).not.toBeNull();
        expect(await eventWhere(shipped, (e) => e.fulfillment_id === second)).toEqual({
          order_id: orderId,
          fulfillment_id: second,
        });
        expect(await quantities(c(), item)).toMatchObject({ fulfilled: 1, shipped: 1, delivered: 0 });
        const labels = await c().resolve("fulfillment").listFulfillmentLabels({ fulfillment_id: second });
        expect(labels.map((l) => [l.tracking_number, l.tracking_url])).toEqual([
          ["TRACK-1", "https://track.example/1"],
        ]);

        // A shipped fulfillment cannot be canceled nor shipped again; nothing moves.
        const again = await mutate<object>(api, ...SHIP, { orderId, fulfillmentId: second, labels: [] });
        expect(again.userErrors.map((e) => [e.field, e.code])).toEqual([[["input", "fulfillmentId"], "NOT_ALLOWED"]]);
        const late = await fulfillmentChange("cancelOrderFulfillment", "CancelOrderFulfillmentInput", orderId, second);
        expect(late.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
        expect(await quantities(c(), item)).toMatchObject({ fulfilled: 1, shipped: 1 });

        const done = await fulfillmentChange(
          "markOrderFulfillmentDelivered",
          "MarkOrderFulfillmentDeliveredInput",
          orderId,
          second,
        );
        expect(done.userErrors).toEqual([]);
        expect(done.fulfillment?.deliveredAt).not.toBeNull();
        expect(await eventWhere(delivered, (e) => e.id === second)).toEqual({ id: second, order_id: orderId });
        expect(await quantities(c(), item)).toMatchObject({ shipped: 1, delivered: 1 });
        const actions = await c()
          .resolve("order")
          .listOrderChangeActions({ order_id: orderId }, { order: { ordering: "ASC" } });
        expect(actions.map((a) => a.action)).toEqual([
          "FULFILL_ITEM",
          "CANCEL_FULFILL_ITEM",
          "FULFILL_ITEM",
          "SHIP_ITEM",
          "DELIVER_ITEM",
        ]);
      });

      it("answers NOT_FOUND for a fulfillment of another order", async () => {
        const a = await placeOrder(w, c(), [{ variantId: w.variants.shirtM, quantity: 1 }]);
        const b = await placeOrder(w, c(), [{ variantId: w.variants.shirtM, quantity: 1 }]);
        const ofA = (await fulfil(a.orderId, [{ id: a.itemIds[0] ?? "", quantity: 1 }])).fulfillment?.id ?? "";
        const wrong = await refusal(api, SHIP[0], SHIP[1], { orderId: b.orderId, fulfillmentId: ofA, labels: [] });
        expect(wrong).toEqual({ code: "NOT_FOUND", field: ["fulfillmentId"] });
      });
    });
  },
});
