import { describe, expect, it } from "vitest";
import { createPublishableKey } from "../src/framework/test-utils/auth-clients.ts";
import { nextDelivered } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

// With `graphql.responseCacheTtlMs` set, a storefront's catalog reads are answered from memory
// (no SQL at all), per publishable key and customer, until a delivered event may have changed
// them: after the price or stock write's event, the next read is fresh, never the cached answer.
const PAGE = /* GraphQL */ `
  query CachedStorefrontPage($context: PriceContextInput) {
    products(first: 5) { edges { node { title variants {
      calculatedPrice(context: $context) { calculatedAmount }
      availability { inventoryQuantity inStock }
    } } } }
  }`;

type Page = {
  products: {
    edges: {
      node: {
        title: string;
        variants: {
          calculatedPrice: { calculatedAmount: string } | null;
          availability: { inventoryQuantity: number | null; inStock: boolean };
        }[];
      };
    }[];
  } | null;
};

integrationTestRunner({
  config: { projectConfig: { graphql: { responseCacheTtlMs: 600_000 } } },
  testSuite: ({ api, getContainer }) => {
    const world = { regionId: "", priceSetId: "", levelId: "", cartChannel: "" };
    let storefront: ReturnType<typeof api.as>;
    const admin = () => api.as(api.adminHeaders);
    const bus = () => getContainer().resolve("eventBus");
    const db = () => getContainer().resolve("db");

    /** One product at 10 EUR with 5 units at the channel's location. */
    async function seed(): Promise<void> {
      const c = getContainer();
      const [region] = await c
        .resolve("region")
        .createRegionsWithCountries([{ name: "Denmark", currency_code: "eur", countries: ["dk"] }]);
      world.regionId = region?.id as string;
      const channel = await c.resolve("salesChannel").createSalesChannels({ name: "Web" });
      world.cartChannel = channel.id;
      const keyCreated = nextDelivered(bus(), "api_key.created");
      storefront = api.as({ "x-publishable-api-key": await createPublishableKey(api, [channel.id]) });
      await keyCreated;
      const [location] = await c.resolve("stockLocation").createLocationsWithAddress([{ name: "Shop", address: null }]);
      const [product] = await c.resolve("product").createProductTrees([
        {
          title: "Cached item",
          status: "published",
          options: [{ title: "Size", values: ["M"] }],
          variants: [{ title: "M", sku: "CACHED-M", options: { Size: "M" } }],
        },
      ]);
      const [variant] = await c.resolve("product").listProductVariants({ product_id: product?.id as string });
      const [set] = await c
        .resolve("pricing")
        .createPriceSetsWithPrices([{ prices: [{ amount: "10", currency_code: "eur" }] }]);
      world.priceSetId = set?.id as string;
      const [item] = await c
        .resolve("inventory")
        .createInventoryItems([
          { sku: "CACHED-M", levels: [{ location_id: location?.id as string, stocked_quantity: 5 }] },
        ]);
      const [level] = await c.resolve("inventory").listInventoryLevels({ inventory_item_id: item?.id as string });
      world.levelId = level?.id as string;
      await c.resolve("link").create([
        { product: { product_id: product?.id as string }, salesChannel: { sales_channel_id: channel.id } },
        { product: { product_variant_id: variant?.id as string }, pricing: { price_set_id: world.priceSetId } },
        {
          product: { product_variant_id: variant?.id as string },
          inventory: { inventory_item_id: item?.id as string },
        },
        {
          salesChannel: { sales_channel_id: channel.id },
          stockLocation: { stock_location_id: location?.id as string },
        },
      ]);
    }

    /** The page as the storefront sees it, and the SQL statements it cost. */
    const read = async (client = storefront) => {
      db().resetQueryCount();
      const res = await client.graphql<Page, { context: { regionId: string } }>(PAGE, {
        context: { regionId: world.regionId },
      });
      expect(res.errors).toBeUndefined();
      const variant = res.data?.products?.edges[0]?.node.variants[0];
      return {
        price: variant?.calculatedPrice?.calculatedAmount,
        stock: variant?.availability.inventoryQuantity,
        statements: db().queryCount(),
        data: res.data,
      };
    };

    describe("storefront response cache", () => {
      it("answers a repeated catalog read from memory, without SQL", async () => {
        await seed();
        const first = await read();
        expect(first).toMatchObject({ price: "10", stock: 5 });
        expect(first.statements).toBeGreaterThan(0);
        const second = await read();
        expect(second.statements).toBe(0);
        expect(second.data).toEqual(first.data);
      });

      it("keeps answers apart per publishable key: another channel's key does not get them", async () => {
        const other = await getContainer().resolve("salesChannel").createSalesChannels({ name: "Elsewhere" });
        // The key's creation empties the caches once its event is delivered (with Redis, later than
        // the mutation answers): warm this key's answer after that.
        const keyCreated = nextDelivered(bus(), "api_key.created");
        const elsewhere = api.as({ "x-publishable-api-key": await createPublishableKey(api, [other.id]) });
        await keyCreated;
        await read();
        const res = await read(elsewhere);
        expect(res.data?.products?.edges).toEqual([]);
        expect((await read()).statements).toBe(0);
      });

      it("serves the new price once price-set.updated is delivered", async () => {
        await read();
        const delivered = nextDelivered(bus(), "price-set.updated");
        const res = await admin().graphql<{ updatePriceSet: { userErrors: unknown[] } }, { input: object }>(
          "mutation($input: UpdatePriceSetInput!) { updatePriceSet(input: $input) { userErrors { message } } }",
          { input: { id: world.priceSetId, prices: [{ amount: "12", currencyCode: "eur" }] } },
        );
        expect(res.data?.updatePriceSet.userErrors).toEqual([]);
        await delivered;
        const after = await read();
        expect(after).toMatchObject({ price: "12", stock: 5 });
        expect(after.statements).toBeGreaterThan(0);
      });

      it("serves the new stock once inventory-level.updated is delivered", async () => {
        const delivered = nextDelivered(bus(), "inventory-level.updated");
        const res = await admin().graphql<{ updateInventoryLevel: { userErrors: unknown[] } }, { input: object }>(
          "mutation($input: UpdateInventoryLevelInput!) { updateInventoryLevel(input: $input) { userErrors { message } } }",
          { input: { id: world.levelId, stockedQuantity: 2 } },
        );
        expect(res.data?.updateInventoryLevel.userErrors).toEqual([]);
        await delivered;
        expect(await read()).toMatchObject({ price: "12", stock: 2 });
      });

      it("is kept through events that change no catalog answer (a cart created)", async () => {
        await read();
        const delivered = nextDelivered(bus(), "cart.created");
        const res = await storefront.graphql<{ createCart: { userErrors: unknown[] } }, { input: object }>(
          "mutation($input: CreateCartInput!) { createCart(input: $input) { userErrors { message } } }",
          { input: { regionId: world.regionId } },
        );
        expect(res.data?.createCart.userErrors).toEqual([]);
        await delivered;
        expect((await read()).statements).toBe(0);
      });

      it("never caches admin reads, nor storefront reads outside the catalog", async () => {
        const adminPage = async () => {
          db().resetQueryCount();
          const res = await admin().graphql("{ products(first: 5) { edges { node { title } } } }");
          expect(res.errors).toBeUndefined();
          return db().queryCount();
        };
        await adminPage();
        expect(await adminPage()).toBeGreaterThan(0);
        const mixed = async () => {
          db().resetQueryCount();
          await storefront.graphql(
            '{ products(first: 1) { edges { node { title } } } cart(id: "cart_missing") { id } }',
          );
          return db().queryCount();
        };
        await mixed();
        expect(await mixed()).toBeGreaterThan(0);
      });
    });
  },
});
