import { describe, expect, it } from "vitest";
import { createPublishableKey } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner, type TestApi } from "../src/framework/test-utils/runners.ts";

type Availability = {
  inventoryQuantity: number | null;
  manageInventory: boolean;
  allowBackorder: boolean;
  inStock: boolean;
};
type Variant = { sku: string; inventoryQuantity?: number | null; availability: Availability };
type Page = { products: { edges: { node: { variants: Variant[] } }[] } };

const PAGE =
  "query($first: Int!, $channel: ID) { products(first: $first, sort: [{ field: HANDLE, direction: ASC }]) { edges { node { variants { sku availability(salesChannelId: $channel) { inventoryQuantity manageInventory allowBackorder inStock } } } } } }";
// Stock over any locations is admin data: a storefront asking for it gets FORBIDDEN there, and the rest.
const WITH_STOCK =
  "query($first: Int!, $channel: ID) { products(first: $first, sort: [{ field: HANDLE, direction: ASC }]) { edges { node { variants { sku inventoryQuantity availability(salesChannelId: $channel) { inStock } } } } } }";

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    // The channel sells from the shop only; the warehouse's stock never counts for it.
    const world = {
      channel: "",
      other: "",
      shop: "",
      warehouse: "",
      store: {} as TestApi,
      twoChannels: {} as TestApi,
      items: {} as Record<string, string>,
    };
    let seeded = false;

    async function seed() {
      if (seeded) return world;
      seeded = true;
      const c = getContainer();
      const [channels, locations, product, inventory, link] = [
        c.resolve("salesChannel"),
        c.resolve("stockLocation"),
        c.resolve("product"),
        c.resolve("inventory"),
        c.resolve("link"),
      ];
      world.channel = (await channels.createSalesChannels({ name: "Shop channel" })).id;
      world.other = (await channels.createSalesChannels({ name: "Other channel" })).id;
      const [shop, warehouse] = await locations.createLocationsWithAddress([
        { name: "Shop", address: null },
        { name: "Warehouse", address: null },
      ]);
      world.shop = shop?.id ?? "";
      world.warehouse = warehouse?.id ?? "";
      await link.create({
        salesChannel: { sales_channel_id: world.channel },
        stockLocation: { stock_location_id: world.shop },
      });
      // a-stocked: 5 at the shop, 7 at the warehouse; b-untracked: no stock, not managed;
      // c-backorder: none at the shop; d-kit: 10 boxes and 13 screws (4 per kit) at the shop.
      const specs = [
        { handle: "a-stocked", variant: {}, items: [{ sku: "A", shop: 5, warehouse: 7, required: 1 }] },
        { handle: "b-untracked", variant: { manage_inventory: false }, items: [] },
        {
          handle: "c-backorder",
          variant: { allow_backorder: true },
          items: [{ sku: "C", shop: 0, warehouse: 9, required: 1 }],
        },
        {
          handle: "d-kit",
          variant: {},
          items: [
            { sku: "BOX", shop: 10, warehouse: 0, required: 1 },
            { sku: "SCREW", shop: 13, warehouse: 40, required: 4 },
          ],
        },
      ];
      for (const spec of specs) {
        const [p] = await product.createProductTrees([
          {
            title: spec.handle,
            handle: spec.handle,
            status: "published",
            options: [{ title: "Size", values: ["M"] }],
            variants: [{ title: "M", sku: spec.handle, options: { Size: "M" }, ...spec.variant }],
          },
        ]);
        const [variant] = await product.listProductVariants({ product_id: p?.id ?? "" });
        await link.create([
          { product: { product_id: p?.id ?? "" }, salesChannel: { sales_channel_id: world.channel } },
          { product: { product_id: p?.id ?? "" }, salesChannel: { sales_channel_id: world.other } },
        ]);
        for (const item of spec.items) {
          const [row] = await inventory.createInventoryItems([
            {
              sku: item.sku,
              levels: [
                { location_id: world.shop, stocked_quantity: item.shop },
                { location_id: world.warehouse, stocked_quantity: item.warehouse },
              ],
            },
          ]);
          world.items[item.sku] = row?.id ?? "";
          await link.create({
            product: { product_variant_id: variant?.id ?? "" },
            inventory: { inventory_item_id: row?.id ?? "" },
            data: { required_quantity: item.required },
          });
        }
      }
      world.store = api.as({ "x-publishable-api-key": await createPublishableKey(api, [world.channel]) });
      world.twoChannels = api.as({
        "x-publishable-api-key": await createPublishableKey(api, [world.channel, world.other]),
      });
      return world;
    }

    const bySku = (res: { data?: Page | null }) =>
      new Map(res.data?.products.edges.flatMap((e) => e.node.variants).map((v) => [v.sku, v]));

    describe("ProductVariant.availability(salesChannelId)", () => {
      it("sums the channel's locations only, minus reservations; the key's only channel is the default", async () => {
        const { store, items, shop } = await seed();
        await getContainer()
          .resolve("inventory")
          .createReservations([{ inventory_item_id: items.A ?? "", location_id: shop, quantity: 2 }]);
        const res = await store.graphql<Page, { first: number }>(PAGE, { first: 10 });
        expect(res.errors).toBeUndefined();
        const variants = bySku(res);
        expect(variants.get("a-stocked")?.availability).toEqual({
          inventoryQuantity: 3,
          manageInventory: true,
          allowBackorder: false,
          inStock: true,
        });
        expect(variants.get("b-untracked")?.availability).toEqual({
          inventoryQuantity: null,
          manageInventory: false,
          allowBackorder: false,
          inStock: true,
        });
        expect(variants.get("c-backorder")?.availability).toEqual({
          inventoryQuantity: 0,
          manageInventory: true,
          allowBackorder: true,
          inStock: true,
        });
        expect(variants.get("d-kit")?.availability).toEqual({
          inventoryQuantity: 3,
          manageInventory: true,
          allowBackorder: false,
          inStock: true,
        });
      });

      it("leaves stock over every location (inventoryQuantity) to admins: FORBIDDEN for the storefront, the rest of its answer intact", async () => {
        const { store, channel } = await seed();
        const admin = bySku(
          await api.graphql<Page, { first: number; channel: string }>(WITH_STOCK, { first: 10, channel }),
        );
        // inventoryQuantity without locations counts every location: the warehouse's 40 screws too (53 / 4 kits; 10 boxes).
        expect(admin.get("d-kit")?.inventoryQuantity).toBe(10);
        expect(admin.get("b-untracked")?.inventoryQuantity).toBeNull();
        const res = await store.graphql<Page, { first: number }>(WITH_STOCK, { first: 10 });
        expect(new Set(res.errors?.map((e) => e.extensions?.code))).toEqual(new Set(["FORBIDDEN"]));
        expect(res.errors?.every((e) => e.path?.at(-1) === "inventoryQuantity")).toBe(true);
        expect(bySku(res).get("d-kit")).toEqual({
          sku: "d-kit",
          inventoryQuantity: null,
          availability: { inStock: true },
        });
      });

      it("is out of stock when reservations take everything, and counts nothing for a channel without locations", async () => {
        const { store, items, shop, other } = await seed();
        await getContainer()
          .resolve("inventory")
          .createReservations([{ inventory_item_id: items.A ?? "", location_id: shop, quantity: 3 }]);
        const variants = bySku(await store.graphql<Page, { first: number }>(PAGE, { first: 10 }));
        expect(variants.get("a-stocked")?.availability).toMatchObject({ inventoryQuantity: 0, inStock: false });
        const admin = bySku(
          await api.graphql<Page, { first: number; channel: string }>(PAGE, { first: 10, channel: other }),
        );
        expect(admin.get("d-kit")?.availability).toMatchObject({ inventoryQuantity: 0, inStock: false });
        expect(admin.get("c-backorder")?.availability).toMatchObject({ inventoryQuantity: 0, inStock: true });
      });

      it("needs salesChannelId unless the key has exactly one channel; another channel is NOT_FOUND for a storefront", async () => {
        const { twoChannels, store, other, channel } = await seed();
        const ambiguous = await twoChannels.graphql<Page, { first: number }>(PAGE, { first: 1 });
        expect(ambiguous.errors?.[0]?.extensions?.code).toBe("INVALID_DATA");
        expect(ambiguous.errors?.[0]?.message).toContain("salesChannelId is required");
        const chosen = await twoChannels.graphql<Page, { first: number; channel: string }>(PAGE, {
          first: 10,
          channel,
        });
        expect(chosen.errors).toBeUndefined();
        expect(bySku(chosen).get("d-kit")?.availability.inventoryQuantity).toBe(3);
        expect(
          (await store.graphql<Page, { first: number; channel: string }>(PAGE, { first: 1, channel: other }))
            .errors?.[0]?.extensions?.code,
        ).toBe("NOT_FOUND");
        expect((await api.graphql<Page, { first: number }>(PAGE, { first: 1 })).errors?.[0]?.extensions?.code).toBe(
          "INVALID_DATA",
        );
        expect(
          (
            await api.graphql<Page, { first: number; channel: string }>(PAGE, {
              first: 1,
              channel: "sc_01J00000000000000000000000",
            })
          ).errors?.[0]?.extensions?.code,
        ).toBe("NOT_FOUND");
      });

      it("counts a location the channel gains at once, and a deleted location's stock no longer", async () => {
        const { store, channel, items } = await seed();
        const c = getContainer();
        const [popup] = await c
          .resolve("stockLocation")
          .createLocationsWithAddress([{ name: "Pop-up", address: null }]);
        await c
          .resolve("inventory")
          .createInventoryLevels([
            { inventory_item_id: items.C ?? "", location_id: popup?.id ?? "", stocked_quantity: 4 },
          ]);
        await c.resolve("link").create({
          salesChannel: { sales_channel_id: channel },
          stockLocation: { stock_location_id: popup?.id ?? "" },
        });
        const quantity = async () =>
          bySku(await store.graphql<Page, { first: number }>(PAGE, { first: 10 })).get("c-backorder")?.availability
            .inventoryQuantity;
        expect(await quantity()).toBe(4);
        await c.resolve("stockLocation").softDeleteStockLocations([popup?.id ?? ""]);
        expect(await quantity()).toBe(0);
      });

      it("costs the same SQL for 5 and 20 products (scoped list with stock per channel)", async () => {
        const { store, channel } = await seed();
        const c = getContainer();
        const [product, inventory, link] = [c.resolve("product"), c.resolve("inventory"), c.resolve("link")];
        for (let i = 0; i < 20; i++) {
          const [p] = await product.createProductTrees([
            {
              title: `Bulk ${i}`,
              handle: `z-bulk-${String(i).padStart(2, "0")}`,
              status: "published",
              options: [{ title: "Size", values: ["S", "M"] }],
              variants: [
                { title: "S", sku: `Z${i}-S`, options: { Size: "S" } },
                { title: "M", sku: `Z${i}-M`, options: { Size: "M" } },
              ],
            },
          ]);
          await link.create({ product: { product_id: p?.id ?? "" }, salesChannel: { sales_channel_id: channel } });
          for (const v of await product.listProductVariants({ product_id: p?.id ?? "" })) {
            const [item] = await inventory.createInventoryItems([
              { sku: v.sku, levels: [{ location_id: world.shop, stocked_quantity: i }] },
            ]);
            await link.create({
              product: { product_variant_id: v.id },
              inventory: { inventory_item_id: item?.id ?? "" },
            });
          }
        }
        const db = c.resolve("db");
        const count = async (first: number) => {
          db.resetQueryCount();
          const res = await store.graphql<Page, { first: number }>(PAGE, { first });
          expect(res.errors).toBeUndefined();
          expect(res.data?.products.edges).toHaveLength(first);
          return db.queryCount();
        };
        const five = await count(5);
        const twenty = await count(20);
        expect(twenty).toBe(five);
        expect(five).toBeLessThanOrEqual(12);
      });
    });
  },
});
