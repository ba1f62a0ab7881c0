import { beforeAll, expect, it } from "vitest";
import { recordEvents } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import type { CartWorld } from "./fixtures/cart-world.ts";
import { checkoutConfig } from "./fixtures/checkout.ts";
import {
  captureAll,
  money,
  mutate,
  quantities,
  RECEIVE_RETURN,
  REQUEST_RETURN,
  stockOf,
  eventWhere,
  refusal,
  seedOrderWorld,
  shippedOrder,
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

    const shipped = (quantity: number, count: number, client = w.guest) =>
      shippedOrder(api, { w, warehouse }, c(), { quantity, shipped: count }, client);
    type ReturnShape = { return: { id: string; status: string; refundAmount?: string } | null };
    const requestReturn = (orderId: string, items: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
      mutate<ReturnShape>(api, ...REQUEST_RETURN, { orderId, items, ...extra });
    const receive = (
      returnId: string,
      items: Record<string, unknown>[],
      restock = true,
      extra: Record<string, unknown> = {},
    ) => mutate<ReturnShape>(api, ...RECEIVE_RETURN, { returnId, items, restock, ...extra });
    /** What a receipt writes, whole database: a refused one must leave it as it was. */
    const written = async (orderId: string, itemId: string, collectionId: string) => ({
      item: await quantities(c(), itemId),
      stock: await stockOf(c(), "SHIRT-M"),
      money: await money(c(), collectionId),
      returns: (
        await c()
          .resolve("order")
          .listReturns({ order_id: orderId }, { relations: ["items"] })
      ).map((r) => [
        r.status,
        r.refund_amount.toFixed(2),
        (r.items ?? []).map((i) => [i.received_quantity, i.damaged_quantity]),
      ]),
      transactions: (await c().resolve("order").listOrderTransactions({ order_id: orderId })).length,
      version: (await c().resolve("order").retrieveOrder(orderId)).version,
    });

    it("manages return reasons", async () => {
      const created = await mutate<{ returnReason: { id: string; value: string; label: string } }>(
        api,
        "createReturnReason",
        "CreateReturnReasonInput",
        "returnReason { id value label }",
        { value: "too_small", label: "Too small" },
      );
      expect(created.returnReason).toMatchObject({ value: "too_small", label: "Too small" });
      const updated = await mutate<{ returnReason: { label: string } }>(
        api,
        "updateReturnReason",
        "UpdateReturnReasonInput",
        "returnReason { label }",
        { id: created.returnReason.id, label: "Runs small" },
      );
      expect(updated.returnReason.label).toBe("Runs small");
      const deleted = await mutate<{ deletedId: string }>(
        api,
        "deleteReturnReason",
        "IdempotentDeleteInput",
        "deletedId",
        {
          id: created.returnReason.id,
        },
      );
      expect(deleted.deletedId).toBe(created.returnReason.id);
      expect(await c().resolve("order").listReturnReasons({ id: created.returnReason.id })).toEqual([]);
    });

    it("requests a return with a reason, receives it into stock and refunds the items' value incl. tax", async () => {
      const requested = recordEvents<{ order_id: string; return_id: string }>(
        c().resolve("eventBus"),
        "order.return_requested",
      );
      const received = recordEvents<{ order_id: string; return_id: string }>(
        c().resolve("eventBus"),
        "order.return_received",
      );
      const order = await shipped(3, 2);
      await captureAll(c(), order.collectionId);
      // 3 × 120.00 incl. VAT + 4.90 shipping.
      expect(await money(c(), order.collectionId)).toEqual({ captured: "364.90", refunded: "0.00" });
      const [reason] = await c()
        .resolve("order")
        .createReturnReasons([{ value: "damaged", label: "Damaged" }]);

      const ret = await requestReturn(
        order.orderId,
        [{ id: order.item, quantity: 1, reasonId: reason?.id, note: "seam open" }],
        { locationId: warehouse },
      );
      expect(ret.userErrors).toEqual([]);
      const returnId = ret.return?.id ?? "";
      expect(ret.return?.status).toBe("requested");
      expect(await eventWhere(requested, (e) => e.return_id === returnId)).toEqual({
        order_id: order.orderId,
        return_id: returnId,
      });
      expect(await quantities(c(), order.item)).toMatchObject({ shipped: 2, requested: 1 });

      // Only one more was shipped and not asked back.
      const tooMany = await requestReturn(order.orderId, [{ id: order.item, quantity: 2 }]);
      expect(tooMany.userErrors.map((e) => [e.field, e.code])).toEqual([
        [["input", "items", "0", "quantity"], "NOT_ALLOWED"],
      ]);
      // An unknown reason is NOT_FOUND and writes nothing.
      const badReason = await refusal(api, REQUEST_RETURN[0], REQUEST_RETURN[1], {
        orderId: order.orderId,
        items: [{ id: order.item, quantity: 1, reasonId: "rr_missing" }],
      });
      expect(badReason).toEqual({ code: "NOT_FOUND", field: ["items", "0", "reasonId"] });
      expect(await c().resolve("order").listReturns({ order_id: order.orderId })).toHaveLength(1);

      const shelf = await stockOf(c(), "SHIRT-M");
      const state = await written(order.orderId, order.item, order.collectionId);
      const over = await receive(returnId, [{ id: order.item, quantity: 2 }]);
      expect(over.userErrors.map((e) => [e.field, e.code])).toEqual([
        [["input", "items", "0", "quantity"], "NOT_ALLOWED"],
      ]);
      expect(await written(order.orderId, order.item, order.collectionId)).toEqual(state);

      const got = await receive(returnId, [{ id: order.item, quantity: 1 }]);
      expect(got.userErrors).toEqual([]);
      expect(got.return).toMatchObject({ status: "received", refundAmount: "120" });
      expect(await eventWhere(received, (e) => e.return_id === returnId)).toEqual({
        order_id: order.orderId,
        return_id: returnId,
      });
      expect(await quantities(c(), order.item)).toMatchObject({ shipped: 2, requested: 0, received: 1 });
      expect(await stockOf(c(), "SHIRT-M")).toEqual({ ...shelf, stocked: shelf.stocked + 1 });
      expect(await money(c(), order.collectionId)).toEqual({ captured: "364.90", refunded: "120.00" });
      const txs = await c().resolve("order").listOrderTransactions({ order_id: order.orderId });
      expect(txs.map((t) => [t.reference, t.amount.toFixed(2)])).toEqual([["refund", "-120.00"]]);
      const actions = await c()
        .resolve("order")
        .listOrderChangeActions(
          { order_id: order.orderId, action: ["RETURN_ITEM", "RECEIVE_RETURN_ITEM"] },
          { order: { ordering: "ASC" } },
        );
      expect(actions.map((a) => a.action)).toEqual(["RETURN_ITEM", "RECEIVE_RETURN_ITEM"]);
      // Received in full: a second receipt is refused.
      expect((await receive(returnId, [{ id: order.item, quantity: 1 }])).userErrors.map((e) => e.code)).toEqual([
        "NOT_ALLOWED",
      ]);
    });

    it("writes damaged items off without restocking, and refuses a refund beyond what was captured leaving all as it was", async () => {
      const order = await shipped(2, 2);
      const ret = await requestReturn(order.orderId, [{ id: order.item, quantity: 2 }], { locationId: warehouse });
      const returnId = ret.return?.id ?? "";
      // Nothing captured yet: the refund is refused and the receipt undone.
      const state = await written(order.orderId, order.item, order.collectionId);
      const uncaptured = await receive(returnId, [{ id: order.item, quantity: 1, damaged: true }]);
      expect(uncaptured.userErrors.map((e) => [e.field, e.code])).toEqual([[["input", "refund"], "NOT_ALLOWED"]]);
      expect(await written(order.orderId, order.item, order.collectionId)).toEqual(state);

      await captureAll(c(), order.collectionId);
      const shelf = await stockOf(c(), "SHIRT-M");
      const got = await receive(returnId, [{ id: order.item, quantity: 1, damaged: true }]);
      expect(got.return).toMatchObject({ status: "partially_received", refundAmount: "120" });
      expect(await quantities(c(), order.item)).toMatchObject({ requested: 1, received: 0, writtenOff: 1 });
      expect(await stockOf(c(), "SHIRT-M")).toEqual(shelf);
      // The second one comes back without a refund and is not restocked.
      const rest = await receive(returnId, [{ id: order.item, quantity: 1 }], false, { refund: false });
      expect(rest.return).toMatchObject({ status: "received", refundAmount: "120" });
      expect(await quantities(c(), order.item)).toMatchObject({ requested: 0, received: 1, writtenOff: 1 });
      expect(await stockOf(c(), "SHIRT-M")).toEqual(shelf);
      expect(await money(c(), order.collectionId)).toMatchObject({ refunded: "120.00" });
    });

    it("lets a customer request a return on their own order; another customer's order is NOT_FOUND", async () => {
      const order = await shipped(1, 1, w.ann);
      const REQUEST = ["requestReturn", "RequestReturnInput", "returnId order { id }"] as const;
      const bob = await refusal(w.bob, REQUEST[0], REQUEST[1], {
        orderId: order.orderId,
        items: [{ id: order.item, quantity: 1 }],
      });
      expect(bob).toEqual({ code: "NOT_FOUND", field: ["orderId"] });
      const ann = await mutate<{ returnId: string; order: { id: string } }>(w.ann, ...REQUEST, {
        orderId: order.orderId,
        items: [{ id: order.item, quantity: 1 }],
      });
      expect(ann.userErrors).toEqual([]);
      expect(ann.order.id).toBe(order.orderId);
      const ret = await c().resolve("order").retrieveReturn(ann.returnId);
      expect(ret).toMatchObject({ order_id: order.orderId, status: "requested", created_by: w.annId });
      // A guest (publishable key only) cannot ask.
      const guest = await w.guest.graphql<unknown, { input: Record<string, unknown> }>(
        `mutation($input: RequestReturnInput!) { requestReturn(input: $input) { returnId } }`,
        { input: { orderId: order.orderId, items: [{ id: order.item, quantity: 1 }] } },
      );
      expect(guest.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    });
  },
});
