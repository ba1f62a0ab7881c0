import { describe, expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../../../framework/test-utils/runners.ts";
import type InventoryModuleService from "../service.ts";

// Every write runs at once (Promise.all): on PostgreSQL each takes its own pooled connection, so
// these race for real; on PGlite (one connection) they serialise and must give the same answer.
moduleIntegrationTestRunner<InventoryModuleService>({
  moduleName: "inventory",
  resolve: "./modules/inventory",
  testSuite: ({ service }) => {
    const warehouse = "sloc_warehouse";

    /** The level's stored counts and the sum of its live reservations. */
    async function counts(itemId: string) {
      const [level] = await service.listInventoryLevels({ inventory_item_id: itemId, location_id: warehouse });
      const live = await service.listReservationItems({ inventory_item_id: itemId, location_id: warehouse });
      return {
        stocked: level?.stocked_quantity,
        reserved: level?.reserved_quantity,
        sumOfReservations: live.reduce((n, r) => n + r.quantity, 0),
        live,
      };
    }

    /** Only refusals a caller can get in a race: not enough stock, or a reservation someone else deleted. */
    function expectOnlyExpectedRefusals(results: PromiseSettledResult<unknown>[]) {
      const reasons = results
        .filter((r): r is PromiseRejectedResult => r.status === "rejected")
        .map((r) => (r.reason as { type?: string }).type ?? String(r.reason));
      expect(reasons.filter((type) => type !== "not_allowed" && type !== "not_found")).toEqual([]);
    }

    describe("concurrent writes to one item's stock never drift or oversell", () => {
      it("shrinking a reservation 10 → 1 ten times at once leaves 1 reserved, and exactly 9 more can be reserved", async () => {
        const item = await service.createInventoryItems({
          sku: "SHRINK",
          levels: [{ location_id: warehouse, stocked_quantity: 10 }],
        });
        const [reservation] = await service.createReservations([
          { inventory_item_id: item.id, location_id: warehouse, quantity: 10 },
        ]);
        await Promise.all(
          Array.from({ length: 10 }, () => service.updateReservationQuantity(reservation?.id ?? "", 1)),
        );
        expect(await counts(item.id)).toMatchObject({ stocked: 10, reserved: 1, sumOfReservations: 1 });
        expect(await service.retrieveAvailableQuantity(item.id)).toBe(9);
        const attempts = await Promise.allSettled(
          Array.from({ length: 10 }, () =>
            service.createReservations([{ inventory_item_id: item.id, location_id: warehouse, quantity: 1 }]),
          ),
        );
        expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(9);
        expect(await counts(item.id)).toMatchObject({ reserved: 10, sumOfReservations: 10 });
      }, 240_000); // racing writes on a loaded 2-core machine may outlast the default 60 s

      it("50 mixed reserve, update, delete and restock calls at once keep reserved = sum of live reservations ≤ stocked", async () => {
        const item = await service.createInventoryItems({
          sku: "MIXED",
          levels: [{ location_id: warehouse, stocked_quantity: 30 }],
        });
        const [level] = await service.listInventoryLevels({ inventory_item_id: item.id });
        const seeded = await service.createReservations(
          Array.from({ length: 10 }, () => ({ inventory_item_id: item.id, location_id: warehouse, quantity: 2 })),
        );
        const ids = seeded.map((r) => r.id);
        // A fixed mix, so every run races the same calls: several aim at the same reservation.
        const calls = Array.from({ length: 50 }, (_, i) => {
          const target = ids[i % ids.length] ?? "";
          switch (i % 5) {
            case 0:
              return () =>
                service.createReservations([
                  { inventory_item_id: item.id, location_id: warehouse, quantity: 1 + (i % 3) },
                ]);
            case 1:
              return () => service.updateReservationQuantity(target, 1 + (i % 7));
            case 2:
              return () => service.updateReservationQuantity(target, 1);
            case 3:
              return () => service.deleteReservations([target]);
            default:
              return () => service.setLevelQuantities(level?.id ?? "", { stocked_quantity: 12 + (i % 20) });
          }
        });
        const results = await Promise.allSettled(calls.map((call) => call()));
        expectOnlyExpectedRefusals(results);
        expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThan(10);
        const after = await counts(item.id);
        expect(after.reserved).toBe(after.sumOfReservations);
        expect(after.reserved).toBeLessThanOrEqual(after.stocked ?? 0);
        expect(await service.retrieveAvailableQuantity(item.id)).toBe((after.stocked ?? 0) - after.sumOfReservations);
      }, 240_000); // racing writes on a loaded 2-core machine may outlast the default 60 s
    });

    describe("stock below what is reserved", () => {
      it("is NOT_ALLOWED, unless the reservations over it allowed backorder", async () => {
        const item = await service.createInventoryItems({
          sku: "FLOOR",
          levels: [{ location_id: warehouse, stocked_quantity: 10 }],
        });
        const [level] = await service.listInventoryLevels({ inventory_item_id: item.id });
        const id = level?.id ?? "";
        await service.createReservations([{ inventory_item_id: item.id, location_id: warehouse, quantity: 6 }]);
        await expect(service.setLevelQuantities(id, { stocked_quantity: 5 })).rejects.toMatchObject({
          type: "not_allowed",
          field: ["stockedQuantity"],
        });
        await expect(service.adjustInventory(item.id, warehouse, -5)).rejects.toMatchObject({ type: "not_allowed" });
        expect(await counts(item.id)).toMatchObject({ stocked: 10, reserved: 6 });
        expect((await service.setLevelQuantities(id, { stocked_quantity: 6 })).stocked_quantity).toBe(6);
        // A backorder reservation may run ahead of stock, and stock may then drop under it.
        await service.createReservations([
          { inventory_item_id: item.id, location_id: warehouse, quantity: 4, allow_backorder: true },
        ]);
        expect((await service.setLevelQuantities(id, { stocked_quantity: 6 })).stocked_quantity).toBe(6);
        expect(await service.retrieveAvailableQuantity(item.id)).toBe(-4);
        await expect(service.setLevelQuantities(id, { stocked_quantity: 5 })).rejects.toMatchObject({
          type: "not_allowed",
        });
      });

      it("a level that holds reservations cannot be deleted", async () => {
        const item = await service.createInventoryItems({
          sku: "HELD",
          levels: [{ location_id: warehouse, stocked_quantity: 3 }],
        });
        const [level] = await service.listInventoryLevels({ inventory_item_id: item.id });
        const [reservation] = await service.createReservations([
          { inventory_item_id: item.id, location_id: warehouse, quantity: 1 },
        ]);
        await expect(service.deleteLevels([level?.id ?? ""])).rejects.toMatchObject({ type: "not_allowed" });
        await service.deleteReservations([reservation?.id ?? ""]);
        await service.deleteLevels([level?.id ?? ""]);
        expect(await service.listInventoryLevels({ inventory_item_id: item.id })).toEqual([]);
      });
    });
  },
});
