import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

type Page = {
  products: {
    edges: {
      node: {
        title: string;
        variants: { sku: string | null; inventoryQuantity: number | null; atShop: number | null }[];
      };
    }[];
  };
};

const StockedProductsQuery = /* GraphQL */ `
  query StockedProducts($first: Int!) {
    products(first: $first, sort: [{ field: TITLE, direction: ASC }]) { edges { node { title variants { sku inventoryQuantity atShop: inventoryQuantity(locationIds: ["sloc_shop"]) } } } }
  }`;

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const [warehouse, shop] = ["sloc_warehouse", "sloc_shop"];

    /** 20 products × 2 variants (S, M), each variant stocked as one item: i at the warehouse, 2 at the shop. */
    async function seed() {
      const c = getContainer();
      const [product, inventory, link] = [c.resolve("product"), c.resolve("inventory"), c.resolve("link")];
      for (let i = 0; i < 20; i++) {
        const [p] = await product.createProductTrees([
          {
            title: `Item ${String(i).padStart(2, "0")}`,
            options: [{ title: "Size", values: ["S", "M"] }],
            variants: [
              { title: "S", sku: `I${i}-S`, options: { Size: "S" } },
              { title: "M", sku: `I${i}-M`, options: { Size: "M" } },
            ],
          },
        ]);
        for (const v of await product.listProductVariants({ product_id: p?.id as string })) {
          const [item] = await inventory.createInventoryItems([
            {
              sku: v.sku,
              levels: [
                { location_id: warehouse, stocked_quantity: i },
                { location_id: shop, stocked_quantity: 2 },
              ],
            },
          ]);
          await link.create({
            product: { product_variant_id: v.id },
            inventory: { inventory_item_id: item?.id as string },
          });
        }
      }
    }

    describe("ProductVariant.inventoryQuantity", () => {
      it("sums available quantity over the linked item's levels, minus reservations", async () => {
        await seed();
        const inventory = getContainer().resolve("inventory");
        const [item] = await inventory.listInventoryItems({ sku: "I3-S" });
        await inventory.createReservations([
          { inventory_item_id: item?.id as string, location_id: warehouse, quantity: 2 },
        ]);
        const res = await api.graphql<Page, { first: number }>(StockedProductsQuery, { first: 4 });
        expect(res.errors).toBeUndefined();
        const bySku = new Map(
          res.data?.products.edges.flatMap((e) => e.node.variants).map((v) => [v.sku, [v.inventoryQuantity, v.atShop]]),
        );
        expect(bySku.get("I0-S")).toEqual([2, 2]);
        expect(bySku.get("I2-M")).toEqual([4, 2]);
        expect(bySku.get("I3-S")).toEqual([3, 2]);
        expect(bySku.get("I3-M")).toEqual([5, 2]);
      });

      it("counts a kit by its scarcest item and is null without a linked item", async () => {
        const c = getContainer();
        const [product, inventory, link] = [c.resolve("product"), c.resolve("inventory"), c.resolve("link")];
        const [p] = await product.createProductTrees([
          {
            title: "Zz Kit",
            options: [{ title: "Size", values: ["One", "Bare"] }],
            variants: [
              { title: "One", sku: "KIT", options: { Size: "One" } },
              { title: "Bare", sku: "BARE", options: { Size: "Bare" } },
            ],
          },
        ]);
        const [kit] = await product.listProductVariants({ product_id: p?.id as string, sku: "KIT" });
        const [box, screw] = await inventory.createInventoryItems([
          { sku: "BOX", levels: [{ location_id: warehouse, stocked_quantity: 10 }] },
          { sku: "SCREW", levels: [{ location_id: warehouse, stocked_quantity: 13 }] },
        ]);
        await link.create([
          { product: { product_variant_id: kit?.id as string }, inventory: { inventory_item_id: box?.id as string } },
          {
            product: { product_variant_id: kit?.id as string },
            inventory: { inventory_item_id: screw?.id as string },
            data: { required_quantity: 4 },
          },
        ]);
        const res = await api.graphql<Page, { first: number }>(StockedProductsQuery, { first: 50 });
        const variants = res.data?.products.edges.at(-1)?.node.variants ?? [];
        expect(variants.map((v) => [v.sku, v.inventoryQuantity])).toEqual([
          ["KIT", 3],
          ["BARE", null],
        ]);
      });

      it("costs the same number of SQL statements for 5 and 20 products", async () => {
        const db = getContainer().resolve("db");
        const count = async (first: number) => {
          db.resetQueryCount();
          const res = await api.graphql<Page, { first: number }>(StockedProductsQuery, { first });
          expect(res.errors).toBeUndefined();
          const variants = res.data?.products.edges.flatMap((e) => e.node.variants) ?? [];
          expect(variants).toHaveLength(first * 2);
          expect(variants.every((v) => typeof v.inventoryQuantity === "number" && v.atShop === 2)).toBe(true);
          return db.queryCount();
        };
        const five = await count(5);
        const twenty = await count(20);
        expect(twenty).toBe(five);
        expect(five).toBeLessThanOrEqual(10);
      });
    });
  },
});
