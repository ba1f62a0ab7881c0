import { beforeAll, describe, expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { seedShop, type ShopWorld } from "./fixtures/shop-world.ts";
import { ShopPriceOverrideQuery, ShopProductsQuery } from "./operations/storefront.ts";

// Issue 17 items 2 and 3: one request-level price context (@inContext), Money, priceRange, and
// products sorted and filtered by calculated price in SQL.
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: ShopWorld;
    beforeAll(async () => {
      world = await seedShop(api, getContainer(), 4);
    });
    const handles = (data: { products: { edges: { node: { handle: string } }[] } } | null | undefined) =>
      data?.products.edges.map((e) => e.node.handle);

    describe("@inContext(country:)", () => {
      it("prices every variant in the country's region with its taxes, cheapest first", async () => {
        const res = await world.storefront.graphql(ShopProductsQuery, {
          country: "dk",
          first: 3,
          sort: [{ field: "PRICE", direction: "ASC" }],
        });
        expect(res.errors).toBeUndefined();
        expect(res.extensions?.priceContext).toBeUndefined();
        expect(handles(res.data)).toEqual(["cheap-tee", "mid-tee", "top-tee"]);
        const [cheap, mid] = res.data?.products.edges.map((e) => e.node) ?? [];
        expect(cheap?.variants[0]?.calculatedPrice).toEqual({
          calculated: { amount: "5", currencyCode: "EUR" },
          original: { amount: "40", currencyCode: "EUR" },
          calculatedWithTax: { amount: "6.25", currencyCode: "EUR" },
          taxLines: [{ rate: "25" }],
        });
        expect(mid?.priceRange).toEqual({
          min: { amount: "10", currencyCode: "EUR" },
          max: { amount: "30", currencyCode: "EUR" },
        });
        // Drafts and other channels' products are never priced or counted.
        expect(res.data?.products.totalCount).toBe(7);
      });

      it("sorts by price descending and filters by a price band in the context's currency", async () => {
        const res = await world.storefront.graphql(ShopProductsQuery, {
          country: "dk",
          filter: { price: { gte: "5", lte: "20" } },
          sort: [{ field: "PRICE", direction: "DESC" }],
        });
        expect(res.errors).toBeUndefined();
        expect(handles(res.data)).toEqual(["top-tee", "mid-tee", "cheap-tee"]);
        expect(res.data?.products.totalCount).toBe(3);
        const us = await world.storefront.graphql(ShopProductsQuery, {
          country: "us",
          filter: { price: { lt: "20" } },
          sort: [{ field: "PRICE", direction: "ASC" }],
        });
        expect(handles(us.data)).toEqual(["mid-tee"]);
        expect(us.data?.products.edges[0]?.node.priceRange?.min).toEqual({ amount: "12", currencyCode: "USD" });
      });

      it("uses the store's default region without a directive, and per-field contexts still win", async () => {
        const res = await world.storefront.graphql(ShopPriceOverrideQuery, {
          context: { regionId: world.nordicsId },
        });
        expect(res.errors).toBeUndefined();
        const mid = res.data?.products.edges.find((e) => e.node.handle === "mid-tee")?.node;
        expect(mid?.variants[0]).toMatchObject({
          inContext: { calculatedAmount: "12" },
          own: { calculatedAmount: "10", currencyCode: "eur" },
        });
      });

      it("says once why taxes are absent in a region of several countries", async () => {
        const res = await world.storefront.graphql(ShopProductsQuery, { currency: "eur", first: 3 });
        expect(res.errors).toBeUndefined();
        const prices = res.data?.products.edges.flatMap((e) => e.node.variants.map((v) => v.calculatedPrice)) ?? [];
        // Currency alone: prices without a region, and no tax country to name.
        expect(prices.every((p) => p?.calculatedWithTax === null)).toBe(true);
        const nordic = await world.storefront.graphql(
          /* GraphQL */ `query($region: ID) @inContext(region: $region) { products(first: 3) { edges { node { variants { calculatedPrice { calculatedAmountWithTax } } } } } }`,
          { region: world.nordicsId },
        );
        expect(nordic.errors).toBeUndefined();
        expect(nordic.extensions?.priceContext).toEqual({
          taxAbsent: { code: "TAX_COUNTRY_REQUIRED", message: expect.stringContaining("has 2 countries") },
        });
      });

      it("refuses a country no region ships to with one typed error, not one per variant", async () => {
        const res = await world.storefront.graphql(ShopProductsQuery, { country: "fr", first: 5 });
        expect(res.errors).toHaveLength(1);
        expect(res.errors?.[0]?.extensions?.code).toBe("INVALID_DATA");
        expect(res.errors?.[0]?.message).toContain("FR");
        const sorted = await world.storefront.graphql(ShopProductsQuery, {
          country: "fr",
          sort: [{ field: "PRICE", direction: "ASC" }],
        });
        expect(sorted.errors).toHaveLength(1);
        expect(sorted.errors?.[0]?.extensions?.code).toBe("INVALID_DATA");
        const currency = await world.storefront.graphql(ShopProductsQuery, { currency: "xyz", first: 1 });
        expect(currency.errors?.map((e) => e.extensions?.code)).toEqual(["INVALID_DATA"]);
        const malformed = await world.storefront.graphql(ShopProductsQuery, {
          country: "dk",
          filter: { price: { gte: "cheap" } },
        });
        expect(malformed.errors?.map((e) => e.extensions?.code)).toEqual(["INVALID_DATA"]);
      });
    });

    it("costs the same SQL statements for a page of 2 and of 6, sorted and filtered by price with ranges", async () => {
      const db = getContainer().resolve("db");
      const count = async (first: number) => {
        db.resetQueryCount();
        const res = await world.storefront.graphql(ShopProductsQuery, {
          country: "dk",
          first,
          filter: { price: { gte: "1" } },
          sort: [{ field: "PRICE", direction: "ASC" }],
        });
        expect(res.errors).toBeUndefined();
        expect(res.data?.products.edges).toHaveLength(first);
        expect(res.data?.products.edges.every((e) => e.node.priceRange?.min)).toBe(true);
        return db.queryCount();
      };
      const two = await count(2);
      expect(await count(6)).toBe(two);
    });
  },
});
