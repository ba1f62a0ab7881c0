import { describe, expect, it } from "vitest";
import { createPublishableKey } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

// The store module's showInventoryQuantity: false keeps quantities from storefronts (inStock only).
const PAGE =
  "query($channel: ID) { products(first: 5) { edges { node { variants { sku availability(salesChannelId: $channel) { inventoryQuantity inStock } } } } } }";
type Page = {
  products: {
    edges: {
      node: { variants: { sku: string; availability: { inventoryQuantity: number | null; inStock: boolean } }[] };
    }[];
  };
};

integrationTestRunner({
  config: { modules: [{ resolve: "./modules/store", options: { showInventoryQuantity: false } }] },
  testSuite: ({ api, getContainer }) => {
    describe("a store that hides stock quantities from storefronts", () => {
      it("answers inStock and a null inventoryQuantity to a storefront, and the quantity to admins", async () => {
        const c = getContainer();
        const link = c.resolve("link");
        const channel = await c.resolve("salesChannel").createSalesChannels({ name: "Web" });
        const [location] = await c.resolve("stockLocation").createLocationsWithAddress([{ name: "Warehouse" }]);
        await link.create({
          salesChannel: { sales_channel_id: channel.id },
          stockLocation: { stock_location_id: location?.id ?? "" },
        });
        const [product] = await c.resolve("product").createProductTrees([
          {
            title: "Lamp",
            status: "published",
            options: [{ title: "Size", values: ["M", "L"] }],
            variants: [
              { title: "M", sku: "LAMP-M", options: { Size: "M" } },
              { title: "L", sku: "LAMP-L", options: { Size: "L" } },
            ],
          },
        ]);
        await link.create({
          product: { product_id: product?.id ?? "" },
          salesChannel: { sales_channel_id: channel.id },
        });
        for (const [sku, stocked] of [
          ["LAMP-M", 3],
          ["LAMP-L", 0],
        ] as const) {
          const [variant] = await c.resolve("product").listProductVariants({ sku });
          const [item] = await c
            .resolve("inventory")
            .createInventoryItems([{ sku, levels: [{ location_id: location?.id ?? "", stocked_quantity: stocked }] }]);
          await link.create({
            product: { product_variant_id: variant?.id ?? "" },
            inventory: { inventory_item_id: item?.id ?? "" },
          });
        }
        const storefront = api.as({ "x-publishable-api-key": await createPublishableKey(api, [channel.id]) });
        const seen = async (caller: typeof api) => {
          const res = await caller.graphql<Page, { channel: string }>(PAGE, { channel: channel.id });
          expect(res.errors).toBeUndefined();
          return Object.fromEntries(
            res.data?.products.edges.flatMap((e) => e.node.variants).map((v) => [v.sku, v.availability]) ?? [],
          );
        };
        expect(await seen(storefront)).toEqual({
          "LAMP-M": { inventoryQuantity: null, inStock: true },
          "LAMP-L": { inventoryQuantity: null, inStock: false },
        });
        expect(await seen(api)).toEqual({
          "LAMP-M": { inventoryQuantity: 3, inStock: true },
          "LAMP-L": { inventoryQuantity: 0, inStock: false },
        });
      });
    });
  },
});
