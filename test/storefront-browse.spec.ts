import { beforeAll, describe, expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { seedShop, type ShopWorld } from "./fixtures/shop-world.ts";
import { CategoryPageQuery, CollectionPageQuery, ShopFacetsQuery, ShopStoreQuery } from "./operations/storefront.ts";

// Issue 17 item 5: what a storefront needs to render a shop. The public store, a category's and a
// collection's products and the category tree as connections, and facets of the current filter,
// never counting drafts, other channels' products or internal categories.
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: ShopWorld;
    beforeAll(async () => {
      world = await seedShop(api, getContainer());
    });

    it("reads the public store with a publishable key, and nothing the merchant keeps", async () => {
      const res = await world.storefront.graphql(ShopStoreQuery, {});
      expect(res.errors).toBeUndefined();
      expect(res.data?.store).toMatchObject({
        name: "Tessera Shop",
        defaultCurrencyCode: "usd",
        defaultSalesChannelId: world.channelId,
        defaultRegion: { id: world.usId, name: "US", currencyCode: "usd" },
      });
      expect(res.data?.store?.countries).toEqual(expect.arrayContaining(["DK", "SE", "US"]));
      expect(res.data?.store?.supportedCurrencies.map((c) => c.currencyCode).sort()).toEqual(["eur", "usd"]);
      const metadata = await world.storefront.graphql(/* GraphQL */ `query { store { metadata } }`);
      expect(metadata.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const anonymous = await api.anonymous.graphql(ShopStoreQuery, {});
      expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("browses a category: its public children and its readable products, cheapest first", async () => {
      const res = await world.storefront.graphql(CategoryPageQuery, {
        handle: "shirts",
        country: "dk",
        sort: [{ field: "PRICE", direction: "ASC" }],
      });
      expect(res.errors).toBeUndefined();
      const category = res.data?.productCategory;
      expect(category?.parentCategory).toBeNull();
      expect(category?.children.totalCount).toBe(1);
      expect(category?.children.edges[0]?.node).toEqual({ name: "Tees", parentCategory: { name: "Shirts" } });
      // The draft and the other channel's product are in Shirts too: never listed nor counted.
      expect(category?.products.totalCount).toBe(3);
      expect(category?.products.edges.map((e) => [e.node.handle, e.node.priceRange?.min?.amount])).toEqual([
        ["cheap-tee", "5"],
        ["mid-tee", "10"],
        ["top-tee", "20"],
      ]);
      const filtered = await world.storefront.graphql(CategoryPageQuery, {
        handle: "shirts",
        country: "dk",
        filter: { price: { gt: "5", lt: "20" } },
      });
      expect(filtered.data?.productCategory?.products.edges.map((e) => e.node.handle)).toEqual(["mid-tee"]);
      // An admin reads the whole category.
      const admin = await api.graphql(CategoryPageQuery, { handle: "shirts", country: "dk" });
      expect(admin.data?.productCategory?.products.totalCount).toBe(5);
    });

    it("browses a collection without drafts or other channels' products", async () => {
      const res = await world.storefront.graphql(CollectionPageQuery, { handle: "summer" });
      expect(res.errors).toBeUndefined();
      expect(res.data?.productCollection?.products.totalCount).toBe(2);
      expect(res.data?.productCollection?.products.edges.map((e) => e.node.handle)).toEqual(["cheap-tee", "mid-tee"]);
    });

    describe("facets", () => {
      it("count the readable products per category, collection, tag, option value and price band", async () => {
        const res = await world.storefront.graphql(ShopFacetsQuery, { country: "dk", bands: ["10", "25"] });
        expect(res.errors).toBeUndefined();
        const facets = res.data?.productFacets;
        expect(facets?.categories.map((f) => [f.label, f.count])).toEqual([
          ["Shirts", 3],
          ["Tees", 1],
        ]);
        expect(facets?.categories.some((f) => f.id === world.internalId)).toBe(false);
        expect(facets?.collections).toEqual([{ label: "Summer", count: 2 }]);
        expect(facets?.tags).toEqual([{ label: "sale", count: 2 }]);
        expect(facets?.optionValues).toEqual([
          { option: "Size", label: "M", count: 1 },
          { option: "Size", label: "S", count: 3 },
        ]);
        expect(facets?.priceBands).toEqual([
          { min: null, max: { amount: "10" }, count: 1 },
          { min: { amount: "10", currencyCode: "EUR" }, max: { amount: "25" }, count: 2 },
          { min: { amount: "25", currencyCode: "EUR" }, max: null, count: 0 },
        ]);
      });

      it("follow the current filter, and an admin counts drafts and every channel", async () => {
        const res = await world.storefront.graphql(ShopFacetsQuery, {
          filter: { collectionId: { eq: world.summerId } },
        });
        expect(res.errors).toBeUndefined();
        expect(res.data?.productFacets.categories.map((f) => [f.label, f.count])).toEqual([
          ["Shirts", 2],
          ["Tees", 1],
        ]);
        expect(res.data?.productFacets.priceBands).toEqual([]);
        const admin = await api.graphql(ShopFacetsQuery, { filter: { collectionId: { eq: world.summerId } } });
        expect(admin.data?.productFacets.categories.find((f) => f.label === "Shirts")?.count).toBe(4);
      });

      it("refuse bands that are not increasing decimals", async () => {
        const res = await world.storefront.graphql(ShopFacetsQuery, { country: "dk", bands: ["25", "10"] });
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["INVALID_DATA"]);
      });

      it("cost one statement whatever the filter", async () => {
        const db = getContainer().resolve("db");
        db.resetQueryCount();
        await world.storefront.graphql(ShopFacetsQuery, {});
        const plain = db.queryCount();
        db.resetQueryCount();
        await world.storefront.graphql(ShopFacetsQuery, { filter: { tags: { value: { eq: "sale" } } } });
        expect(db.queryCount()).toBe(plain);
      });
    });
  },
});
