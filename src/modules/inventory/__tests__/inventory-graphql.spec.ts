import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../../../framework/test-utils/runners.ts";
import {
  CreateInventoryItemMutation,
  CreateReservationMutation,
  CreateStockLocationMutation,
  InventoryPageQuery,
} from "../../../../test/operations/catalog.ts";

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("stock locations and inventory over GraphQL", () => {
      let locationId = "";
      let itemId = "";

      it("creates a location with an address and an item stocked there", async () => {
        const location = await api.graphql(CreateStockLocationMutation, {
          input: { name: "Copenhagen", address: { address1: "Nyhavn 1", city: "København", countryCode: "DK" } },
        });
        expect(location.data?.createStockLocation.stockLocation?.address).toEqual({
          city: "København",
          countryCode: "dk",
        });
        locationId = location.data?.createStockLocation.stockLocation?.id as string;
        const bad = await api.graphql(CreateStockLocationMutation, {
          input: { name: "Nowhere", address: { address1: " ", countryCode: "dk" } },
        });
        expect(bad.data?.createStockLocation.userErrors[0]).toMatchObject({
          code: "INVALID_DATA",
          field: ["input", "address", "address1"],
        });
        const item = await api.graphql(CreateInventoryItemMutation, {
          input: { sku: "TEE-S", levels: [{ locationId, stockedQuantity: 3 }] },
        });
        expect(item.data?.createInventoryItem.inventoryItem).toMatchObject({
          sku: "TEE-S",
          availableQuantity: 3,
          levels: [{ locationId, stockedQuantity: 3 }],
        });
        itemId = item.data?.createInventoryItem.inventoryItem?.id as string;
        const negative = await api.graphql(CreateInventoryItemMutation, {
          input: { sku: "TEE-M", levels: [{ locationId, stockedQuantity: -1 }] },
        });
        expect(negative.data?.createInventoryItem.userErrors[0]).toMatchObject({
          code: "INVALID_DATA",
          field: ["input", "levels", "0", "stockedQuantity"],
        });
        const dup = await api.graphql(CreateInventoryItemMutation, { input: { sku: "TEE-S" } });
        expect(dup.data?.createInventoryItem.userErrors[0]?.code).toBe("DUPLICATE");
      });

      it("reserves what is available and refuses more, writing nothing", async () => {
        const ok = await api.graphql(CreateReservationMutation, {
          input: { inventoryItemId: itemId, locationId, quantity: 2, lineItemId: "item_1" },
        });
        expect(ok.data?.createReservation.reservation).toMatchObject({
          quantity: 2,
          inventoryItem: { availableQuantity: 1 },
        });
        const tooMany = await api.graphql(CreateReservationMutation, {
          input: { inventoryItemId: itemId, locationId, quantity: 2 },
        });
        expect(tooMany.data?.createReservation).toMatchObject({
          reservation: null,
          userErrors: [{ code: "NOT_ALLOWED", field: ["input", "quantity"] }],
        });
        const elsewhere = await api.graphql(CreateReservationMutation, {
          input: { inventoryItemId: itemId, locationId: "sloc_elsewhere", quantity: 1 },
        });
        expect(elsewhere.data?.createReservation.userErrors[0]).toMatchObject({
          code: "INVALID_DATA",
          field: ["input", "locationId"],
        });
        const backorder = await api.graphql(CreateReservationMutation, {
          input: { inventoryItemId: itemId, locationId, quantity: 2, allowBackorder: true },
        });
        expect(backorder.data?.createReservation.reservation?.inventoryItem.availableQuantity).toBe(-1);
        expect(
          await getContainer().resolve("inventory").listReservationItems({ inventory_item_id: itemId }),
        ).toHaveLength(2);
        const node = await api.graphql<{ node: { __typename: string; quantity: number } }, { id: string }>(
          "query ($id: ID!) { node(id: $id) { __typename ... on ReservationItem { quantity } } }",
          { id: ok.data?.createReservation.reservation?.id as string },
        );
        expect(node.data?.node).toEqual({ __typename: "ReservationItem", quantity: 2 });

        type Update = {
          updateInventoryLevel: {
            inventoryLevel: { stockedQuantity: number; availableQuantity: number } | null;
            userErrors: { field: string[]; code: string }[];
          };
        };
        const update = (input: Record<string, unknown>) =>
          api.graphql<Update, { input: Record<string, unknown> }>(
            "mutation ($input: UpdateInventoryLevelInput!) { updateInventoryLevel(input: $input) { inventoryLevel { stockedQuantity availableQuantity } userErrors { field code } } }",
            { input },
          );
        const [level] = await getContainer().resolve("inventory").listInventoryLevels({ inventory_item_id: itemId });
        const restocked = await update({ id: level?.id, stockedQuantity: 10, incomingQuantity: 5 });
        expect(restocked.data?.updateInventoryLevel.inventoryLevel).toEqual({
          stockedQuantity: 10,
          availableQuantity: 6,
        });
        const negative = await update({ id: level?.id, stockedQuantity: -2 });
        expect(negative.data?.updateInventoryLevel.userErrors[0]).toMatchObject({
          code: "INVALID_DATA",
          field: ["input", "stockedQuantity"],
        });
      });

      it("pages items with their availability in the same number of SQL statements for 5 and 30 items", async () => {
        const inventory = getContainer().resolve("inventory");
        await inventory.createInventoryItems(
          Array.from({ length: 30 }, (_, i) => ({
            sku: `BULK-${String(i).padStart(2, "0")}`,
            levels: [
              { location_id: locationId, stocked_quantity: i },
              { location_id: "sloc_b", stocked_quantity: 1 },
            ],
          })),
        );
        const db = getContainer().resolve("db");
        const cost = async (first: number) => {
          db.resetQueryCount();
          const res = await api.graphql(InventoryPageQuery, { first, locationIds: [locationId] });
          expect(res.data?.inventoryItems.edges).toHaveLength(first);
          expect(res.data?.inventoryItems.edges[3]?.node).toMatchObject({ sku: "BULK-03", availableQuantity: 3 });
          return db.queryCount();
        };
        expect(await cost(30)).toBe(await cost(5));
      });
    });
  },
});
