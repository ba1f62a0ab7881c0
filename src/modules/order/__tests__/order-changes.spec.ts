import { expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../../../framework/test-utils/runners.ts";
import type OrderModuleService from "../service.ts";

// On PostgreSQL the concurrent calls take their own pooled connections and race for real; on
// PGlite (one connection) they serialise and must give the same answer.
moduleIntegrationTestRunner<OrderModuleService>({
  moduleName: "order",
  resolve: "./modules/order",
  testSuite: ({ service }) => {
    const placeOrder = async () => {
      const [order] = await service.createOrdersWithDetails([
        { currency_code: "EUR", email: "a@example.com", items: [{ title: "Shirt", quantity: 2, unit_price: "10" }] },
      ]);
      return order!;
    };

    it("numbers recorded changes as the order's versions, even when they race", async () => {
      const order = await placeOrder();
      const changes = await Promise.all(
        Array.from({ length: 5 }, () =>
          service.recordOrderChange({
            order_id: order.id,
            change_type: "fulfillment",
            actions: [{ action: "FULFILL_ITEM", reference: "order_line_item", details: { quantity: 1 } }],
          }),
        ),
      );
      expect(changes.map((c) => c.version).sort()).toEqual([2, 3, 4, 5, 6]);
      expect((await service.retrieveOrder(order.id)).version).toBe(6);
      const actions = await service.listOrderChangeActions({ order_id: order.id });
      expect(actions.every((a) => a.applied)).toBe(true);
      expect(actions.map((a) => a.version).sort()).toEqual([2, 3, 4, 5, 6]);
    });

    it("allows one active change per order and numbers it when it is confirmed", async () => {
      const order = await placeOrder();
      const edit = await service.beginOrderChange({
        order_id: order.id,
        change_type: "edit",
        actions: [{ action: "ITEM_UPDATE", details: { quantity: 3 }, amount: "10" }],
      });
      expect(edit.status).toBe("pending");
      await expect(service.beginOrderChange({ order_id: order.id, change_type: "return" })).rejects.toMatchObject({
        type: "not_allowed",
      });
      // A shipment recorded meanwhile takes version 2; the edit, confirmed after it, takes 3.
      await service.recordOrderChange({ order_id: order.id, change_type: "shipment" });
      const confirmed = await service.confirmOrderChange(edit.id, "user_1");
      expect(confirmed).toMatchObject({ status: "confirmed", version: 3, confirmed_by: "user_1" });
      const [action] = await service.listOrderChangeActions({ order_change_id: edit.id });
      expect(action).toMatchObject({ applied: true, version: 3 });
      expect(action?.amount?.toString()).toBe("10");
      await expect(service.confirmOrderChange(edit.id, "user_1")).rejects.toMatchObject({ type: "not_allowed" });
    });

    it("declines or cancels an active change without touching the order's version", async () => {
      const order = await placeOrder();
      const ret = await service.beginOrderChange({ order_id: order.id, change_type: "return" });
      const declined = await service.closeOrderChange(ret.id, {
        status: "declined",
        by: "cus_1",
        reason: "changed mind",
      });
      expect(declined).toMatchObject({ status: "declined", declined_reason: "changed mind" });
      expect((await service.retrieveOrder(order.id)).version).toBe(1);
      // The order is free for the next change.
      const next = await service.beginOrderChange({ order_id: order.id, change_type: "edit" });
      await service.closeOrderChange(next.id, { status: "canceled", by: "user_1" });
      expect((await service.retrieveOrderChange(next.id)).status).toBe("canceled");
    });

    it("undoes a recorded change and the version it raised", async () => {
      const order = await placeOrder();
      const change = await service.recordOrderChange({
        order_id: order.id,
        change_type: "cancel",
        actions: [{ action: "CANCEL" }],
      });
      expect((await service.retrieveOrder(order.id)).version).toBe(2);
      await service.undoOrderChange(change.id);
      expect((await service.retrieveOrder(order.id)).version).toBe(1);
      expect(await service.listOrderChangeActions({ order_id: order.id })).toEqual([]);
      await service.undoOrderChange(change.id); // a retried undo is a no-op
    });

    it("records captures and refunds as signed transactions at the order's version", async () => {
      const order = await placeOrder();
      await service.recordOrderTransaction({
        order_id: order.id,
        amount: "20",
        currency_code: "EUR",
        reference: "capture",
        reference_id: "capt_1",
      });
      await service.recordOrderChange({ order_id: order.id, change_type: "return" });
      const refund = await service.recordOrderTransaction({
        order_id: order.id,
        amount: "-10",
        currency_code: "eur",
        reference: "refund",
        reference_id: "ref_1",
      });
      expect(refund).toMatchObject({ version: 2, currency_code: "eur" });
      const all = await service.listOrderTransactions({ order_id: order.id });
      expect(all.map((t) => t.amount.toString()).sort()).toEqual(["-10", "20"]);
    });

    it("refuses a change of an unknown order with NOT_FOUND", async () => {
      await expect(service.recordOrderChange({ order_id: "order_missing", change_type: "edit" })).rejects.toMatchObject(
        {
          type: "not_found",
        },
      );
    });
  },
});
