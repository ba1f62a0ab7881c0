import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { createStep, createWorkflow } from "../src/framework/workflows/index.ts";
import { adjustInventoryLevelsWorkflow } from "../src/workflows/inventory/adjust-inventory-levels.ts";
import { DeleteProductMutation } from "./operations/products.ts";
import {
  AdjustInventoryLevelMutation,
  CreateStockedProductMutation,
  CreateStockedVariantMutation,
  LinkInventoryItemToVariantMutation,
} from "./operations/stock.ts";

// A flow that adjusts stock and then fails: the adjustment must be taken back.
const refuse = createStep("refuse-after-adjusting", async () => {
  throw new Error("refused after adjusting");
});
const adjustThenFail = createWorkflow(
  "adjust-then-fail",
  (input: { input: { inventory_item_id: string; location_id: string; adjustment: number }[] }) => {
    adjustInventoryLevelsWorkflow.runAsStep({ input });
    refuse();
  },
);

// Issue #17 item 6: stocking new products through GraphQL alone, as Medusa's product workflows do.
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const inventory = () => getContainer().resolve("inventory");
    const location = async (name: string) =>
      (await getContainer().resolve("stockLocation").createStockLocations({ name })).id;
    const item = async (sku: string, levels: { location_id: string; stocked_quantity: number }[] = []) =>
      (await inventory().createInventoryItems({ sku, levels })).id;
    const liveItems = async (sku: string) => inventory().listInventoryItems({ sku });

    describe("createProduct and createProductVariant stock their variants", () => {
      it("creates and links an item for a managed variant, links given items, and skips unmanaged ones", async () => {
        const kit = await item("KIT-PART");
        const answer = await api.graphql(CreateStockedProductMutation, {
          input: {
            title: "Tee",
            options: [{ title: "Size", values: ["S", "M", "L"] }],
            variants: [
              { title: "Small tee", sku: "TEE-S", options: [{ option: "Size", value: "S" }] },
              { title: "M", sku: "TEE-M", manageInventory: false, options: [{ option: "Size", value: "M" }] },
              {
                title: "L",
                sku: "TEE-L",
                options: [{ option: "Size", value: "L" }],
                inventoryItems: [{ inventoryItemId: kit, requiredQuantity: 2 }],
              },
            ],
          },
        });
        expect(answer.data?.createProduct.userErrors).toEqual([]);
        const [small, medium, large] = answer.data?.createProduct.product?.variants ?? [];
        expect(small?.inventoryItems?.edges).toEqual([
          { link: { requiredQuantity: 1 }, node: { id: expect.any(String), sku: "TEE-S", title: "Small tee" } },
        ]);
        expect(medium?.inventoryItems?.edges).toEqual([]);
        expect(large?.inventoryItems?.edges).toEqual([
          { link: { requiredQuantity: 2 }, node: { id: kit, sku: "KIT-PART", title: null } },
        ]);
        expect(await liveItems("TEE-L")).toEqual([]);

        const variant = await api.graphql(CreateStockedVariantMutation, {
          input: { productId: answer.data?.createProduct.product?.id ?? "", title: "XL", sku: "TEE-XL" },
        });
        expect(variant.data?.createProductVariant.productVariant?.inventoryItems?.edges).toEqual([
          { link: { requiredQuantity: 1 }, node: { id: expect.any(String), sku: "TEE-XL" } },
        ]);

        // Deleting the product deletes the items it created with its variants (and their links).
        const deleted = await api.graphql(DeleteProductMutation, { id: answer.data?.createProduct.product?.id ?? "" });
        expect(deleted.data?.deleteProduct.userErrors).toEqual([]);
        expect(await liveItems("TEE-S")).toEqual([]);
        expect(await liveItems("TEE-XL")).toEqual([]);
      });

      it("refuses an unknown item as a NOT_FOUND userError and writes nothing", async () => {
        const answer = await api.graphql(CreateStockedProductMutation, {
          input: {
            title: "Cap",
            variants: [
              { title: "Cap", sku: "CAP-1" },
              { title: "Cap 2", sku: "CAP-2", inventoryItems: [{ inventoryItemId: "iitem_missing" }] },
            ],
          },
        });
        expect(answer.data?.createProduct.userErrors).toEqual([
          {
            code: "NOT_FOUND",
            field: ["input", "variants", "1", "inventoryItems", "0", "inventoryItemId"],
            message: expect.stringContaining("iitem_missing"),
          },
        ]);
        expect(await liveItems("CAP-1")).toEqual([]);
        expect(await getContainer().resolve("product").listProductVariants({ sku: "CAP-1" })).toEqual([]);
      });

      it("a failing link undoes the item created before it", async () => {
        const taken = await api.graphql(CreateStockedProductMutation, {
          input: { title: "Mug", variants: [{ title: "Mug", sku: "MUG-1" }] },
        });
        const mugItem = taken.data?.createProduct.product?.variants[0]?.inventoryItems?.edges[0]?.node.id ?? "missing";
        const answer = await api.graphql(CreateStockedProductMutation, {
          input: {
            title: "Bowl",
            variants: [
              { title: "Bowl", sku: "BOWL-1" },
              { title: "Bowl 2", sku: "BOWL-2", inventoryItems: [{ inventoryItemId: mugItem }] },
            ],
          },
        });
        expect(answer.data?.createProduct.userErrors[0]?.code).toBe("CONFLICT");
        expect(await liveItems("BOWL-1")).toEqual([]);
        expect(await liveItems("MUG-1")).toHaveLength(1);
      });
    });

    describe("linkInventoryItemToVariant", () => {
      it("links an existing item with its required quantity and refuses unknown or taken ids", async () => {
        const created = await api.graphql(CreateStockedProductMutation, {
          input: { title: "Set", variants: [{ title: "Set", sku: "SET-1", manageInventory: false }] },
        });
        const variantId = created.data?.createProduct.product?.variants[0]?.id ?? "";
        const part = await item("SET-PART");
        const linked = await api.graphql(LinkInventoryItemToVariantMutation, {
          input: { variantId, inventoryItemId: part, requiredQuantity: 3 },
        });
        expect(linked.data?.linkInventoryItemToVariant).toEqual({
          productVariant: {
            id: variantId,
            inventoryItems: { edges: [{ link: { requiredQuantity: 3 }, node: { id: part, sku: "SET-PART" } }] },
          },
          userErrors: [],
        });
        const errorOf = async (input: { variantId: string; inventoryItemId: string }) =>
          (await api.graphql(LinkInventoryItemToVariantMutation, { input })).data?.linkInventoryItemToVariant
            .userErrors[0];
        expect(await errorOf({ variantId: "variant_missing", inventoryItemId: part })).toMatchObject({
          code: "NOT_FOUND",
          field: ["input", "variantId"],
        });
        expect(await errorOf({ variantId, inventoryItemId: "iitem_missing" })).toMatchObject({
          code: "NOT_FOUND",
          field: ["input", "inventoryItemId"],
        });
        const other = await api.graphql(CreateStockedProductMutation, {
          input: { title: "Other", variants: [{ title: "Other", sku: "OTHER-1", manageInventory: false }] },
        });
        expect(
          await errorOf({ variantId: other.data?.createProduct.product?.variants[0]?.id ?? "", inventoryItemId: part }),
        ).toMatchObject({ code: "CONFLICT", field: ["input", "inventoryItemId"] });
      });
    });

    describe("adjustInventoryLevel", () => {
      it("adds deltas and refuses unknown items, locations, missing levels and stock below zero or reserved", async () => {
        const warehouse = await location("Adjust warehouse");
        const elsewhere = await location("Adjust elsewhere");
        const id = await item("ADJ-1", [{ location_id: warehouse, stocked_quantity: 5 }]);
        const adjust = async (input: { inventoryItemId: string; locationId: string; delta: number }) =>
          (await api.graphql(AdjustInventoryLevelMutation, { input })).data?.adjustInventoryLevel;
        expect((await adjust({ inventoryItemId: id, locationId: warehouse, delta: 4 }))?.inventoryLevel).toMatchObject({
          stockedQuantity: 9,
        });
        expect((await adjust({ inventoryItemId: id, locationId: warehouse, delta: -3 }))?.inventoryLevel).toMatchObject(
          {
            stockedQuantity: 6,
          },
        );
        const refusal = async (input: { inventoryItemId: string; locationId: string; delta: number }) =>
          (await adjust(input))?.userErrors[0];
        expect(await refusal({ inventoryItemId: "iitem_missing", locationId: warehouse, delta: 1 })).toMatchObject({
          code: "NOT_FOUND",
          field: ["input", "inventoryItemId"],
        });
        expect(await refusal({ inventoryItemId: id, locationId: "sloc_missing", delta: 1 })).toMatchObject({
          code: "NOT_FOUND",
          field: ["input", "locationId"],
        });
        expect(await refusal({ inventoryItemId: id, locationId: elsewhere, delta: 1 })).toMatchObject({
          code: "NOT_STOCKED_AT_LOCATION",
          field: ["input", "locationId"],
        });
        expect(await refusal({ inventoryItemId: id, locationId: warehouse, delta: -7 })).toMatchObject({
          code: "INVALID_DATA",
          field: ["input", "delta"],
        });
        await inventory().createReservations([{ inventory_item_id: id, location_id: warehouse, quantity: 4 }]);
        expect(await refusal({ inventoryItemId: id, locationId: warehouse, delta: -3 })).toMatchObject({
          code: "NOT_ALLOWED",
          field: ["input", "delta"],
        });
        const [level] = await inventory().listInventoryLevels({ inventory_item_id: id, location_id: warehouse });
        expect(level).toMatchObject({ stocked_quantity: 6, reserved_quantity: 4 });
      });

      it("a later failure adds the opposite delta back", async () => {
        const warehouse = await location("Compensated warehouse");
        const id = await item("ADJ-UNDO", [{ location_id: warehouse, stocked_quantity: 5 }]);
        const run = await adjustThenFail(getContainer()).run({
          input: { input: [{ inventory_item_id: id, location_id: warehouse, adjustment: 7 }] },
          throwOnError: false,
        });
        expect(run.errors?.[0]?.error).toMatchObject({ message: expect.stringContaining("refused after adjusting") });
        const [level] = await inventory().listInventoryLevels({ inventory_item_id: id });
        expect(level?.stocked_quantity).toBe(5);
      });

      // On PostgreSQL each mutation runs on a connection of its own: the level's row lock is what
      // keeps a delta from being computed from a stock another one is changing.
      it("concurrent deltas all apply, and removals stop at zero", async () => {
        const warehouse = await location("Concurrent warehouse");
        const id = await item("ADJ-RACE", [{ location_id: warehouse, stocked_quantity: 5 }]);
        const adjust = (delta: number) =>
          api.graphql(AdjustInventoryLevelMutation, { input: { inventoryItemId: id, locationId: warehouse, delta } });
        const added = await Promise.all(Array.from({ length: 12 }, (_, i) => adjust(i % 2 ? 2 : 1)));
        expect(added.flatMap((a) => [...(a.errors ?? []), ...(a.data?.adjustInventoryLevel.userErrors ?? [])])).toEqual(
          [],
        );
        const [afterAdding] = await inventory().listInventoryLevels({ inventory_item_id: id });
        expect(afterAdding?.stocked_quantity).toBe(5 + 6 * 1 + 6 * 2);
        const removed = await Promise.all(Array.from({ length: 30 }, () => adjust(-1)));
        const refused = removed.filter((a) => a.data?.adjustInventoryLevel.userErrors[0]?.code === "INVALID_DATA");
        expect(refused).toHaveLength(30 - 23);
        const [afterRemoving] = await inventory().listInventoryLevels({ inventory_item_id: id });
        expect(afterRemoving?.stocked_quantity).toBe(0);
      }, 240_000);
    });
  },
});
