import { describe, expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../../../framework/test-utils/runners.ts";
import type InventoryModuleService from "../service.ts";

moduleIntegrationTestRunner<InventoryModuleService>({
  moduleName: "inventory",
  resolve: "./modules/inventory",
  testSuite: ({ service, db }) => {
    const [warehouse, shop, other] = ["sloc_warehouse", "sloc_shop", "sloc_other"];

    describe("availability", () => {
      it("sums stocked minus reserved over the locations asked about", async () => {
        const item = await service.createInventoryItems({
          sku: "SHIRT-S",
          levels: [
            { location_id: warehouse, stocked_quantity: 10 },
            { location_id: shop, stocked_quantity: 3 },
          ],
        });
        const empty = await service.createInventoryItems({ sku: "SHIRT-M" });
        await service.createReservations([
          { inventory_item_id: item.id, location_id: warehouse, quantity: 4, line_item_id: "item_1" },
        ]);
        const all = await service.retrieveAvailableQuantities([item.id, empty.id]);
        expect(Object.fromEntries(all)).toEqual({ [item.id]: 9, [empty.id]: 0 });
        expect(await service.retrieveAvailableQuantity(item.id, [warehouse])).toBe(6);
        expect(await service.retrieveAvailableQuantity(item.id, [shop, other])).toBe(3);
        expect((await service.retrieveReservedQuantities([item.id])).get(item.id)).toBe(4);
        expect((await service.retrieveStockedQuantities([item.id], [warehouse])).get(item.id)).toBe(10);
      });

      it("costs one SQL statement for 5 or 50 items", async () => {
        const items = await service.createInventoryItems(
          Array.from({ length: 50 }, (_, i) => ({
            sku: `BULK-${i}`,
            levels: [{ location_id: warehouse, stocked_quantity: i }],
          })),
        );
        const cost = async (n: number) => {
          db.resetQueryCount();
          const quantities = await service.retrieveAvailableQuantities(
            items.slice(0, n).map((i) => i.id),
            [warehouse],
          );
          expect(quantities.get(items[n - 1]?.id as string)).toBe(n - 1);
          return db.queryCount();
        };
        expect(await cost(5)).toBe(1);
        expect(await cost(50)).toBe(1);
      });
    });

    describe("reservations", () => {
      it("refuses to reserve more than is available unless backorder is allowed, writing nothing", async () => {
        const item = await service.createInventoryItems({
          sku: "CAP",
          levels: [{ location_id: warehouse, stocked_quantity: 2 }],
        });
        await expect(
          service.createReservations([
            { inventory_item_id: item.id, location_id: warehouse, quantity: 1 },
            { inventory_item_id: item.id, location_id: warehouse, quantity: 2 },
          ]),
        ).rejects.toMatchObject({ type: "not_allowed", field: ["1", "quantity"] });
        expect(await service.listReservationItems({ inventory_item_id: item.id })).toEqual([]);
        expect(await service.retrieveAvailableQuantity(item.id)).toBe(2);

        const [backorder] = await service.createReservations([
          { inventory_item_id: item.id, location_id: warehouse, quantity: 5, allow_backorder: true },
        ]);
        expect(await service.retrieveAvailableQuantity(item.id)).toBe(-3);
        await expect(
          service.createReservations([{ inventory_item_id: item.id, location_id: shop, quantity: 1 }]),
        ).rejects.toMatchObject({ type: "invalid_data" });
        await expect(
          service.createReservations([{ inventory_item_id: item.id, location_id: warehouse, quantity: 0 }]),
        ).rejects.toMatchObject({ type: "invalid_data" });
        await service.deleteReservations([backorder?.id as string]);
        expect(await service.retrieveAvailableQuantity(item.id)).toBe(2);
      });

      it("grows and shrinks a reservation against the level, and stock adjustments respect reservations", async () => {
        const item = await service.createInventoryItems({
          sku: "MUG",
          levels: [{ location_id: warehouse, stocked_quantity: 5 }],
        });
        const [reservation] = await service.createReservations([
          { inventory_item_id: item.id, location_id: warehouse, quantity: 2 },
        ]);
        await service.updateReservationQuantity(reservation?.id as string, 5);
        expect(await service.retrieveAvailableQuantity(item.id)).toBe(0);
        await expect(service.updateReservationQuantity(reservation?.id as string, 6)).rejects.toMatchObject({
          type: "not_allowed",
        });
        await service.updateReservationQuantity(reservation?.id as string, 1);
        expect(await service.retrieveAvailableQuantity(item.id)).toBe(4);
        await service.adjustInventory(item.id, warehouse, 10);
        expect(await service.retrieveAvailableQuantity(item.id)).toBe(14);
        await expect(service.adjustInventory(item.id, warehouse, -16)).rejects.toMatchObject({ type: "invalid_data" });
      });

      it("never oversells under concurrent reservations", async () => {
        const item = await service.createInventoryItems({
          sku: "LAST",
          levels: [{ location_id: warehouse, stocked_quantity: 3 }],
        });
        const attempts = await Promise.allSettled(
          Array.from({ length: 8 }, () =>
            service.createReservations([{ inventory_item_id: item.id, location_id: warehouse, quantity: 1 }]),
          ),
        );
        expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(3);
        const refused = attempts.filter((a): a is PromiseRejectedResult => a.status === "rejected");
        expect(refused.every((a) => (a.reason as { type?: string }).type === "not_allowed")).toBe(true);
        expect(await service.retrieveAvailableQuantity(item.id)).toBe(0);
        expect(await service.listReservationItems({ inventory_item_id: item.id })).toHaveLength(3);
      });

      it("a second level for the same item and location is a duplicate", async () => {
        const item = await service.createInventoryItems({
          sku: "SOCK",
          levels: [{ location_id: warehouse, stocked_quantity: 1 }],
        });
        await expect(
          service.createInventoryLevels({ inventory_item_id: item.id, location_id: warehouse }),
        ).rejects.toMatchObject({ type: "duplicate_error" });
      });
    });
  },
});
