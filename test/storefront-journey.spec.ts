import { beforeAll, expect, it } from "vitest";
import type { CategoryProductsPageQueryVariables } from "../src/generated/gql/graphql.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { addShopProduct, seedShop, type ShopWorld } from "./fixtures/shop-world.ts";
import { CategoryProductsPageQuery, ShopStoreQuery } from "./operations/storefront.ts";

// Issue 17's storefront journey through the typed client: read the store, pick one of its
// countries for @inContext, browse a category filtered and sorted by price, and page through it
// with keyset cursors while the catalogue changes between fetches.
type PageVars = Omit<CategoryProductsPageQueryVariables, "handle" | "country">;

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: ShopWorld;
    // Shirts holds, for a storefront: cheap-tee (5 EUR), mid-tee (10), top-tee (20), extra-0..3 (50..53).
    beforeAll(async () => {
      world = await seedShop(api, getContainer(), 4);
    });

    const page = async (country: string, vars: PageVars) => {
      const res = await world.storefront.graphql(CategoryProductsPageQuery, { handle: "shirts", country, ...vars });
      expect(res.errors).toBeUndefined();
      const products = res.data?.productCategory?.products;
      if (!products) throw new Error("the category is not readable");
      return {
        ...products,
        items: products.edges.map((e) => [e.node.handle, e.node.priceRange?.min?.amount ?? null]),
      };
    };

    it("reads the store, prices in one of its countries, and pages by price without repeating a product added in between", async () => {
      const store = await world.storefront.graphql(ShopStoreQuery, {});
      expect(store.errors).toBeUndefined();
      const country = store.data?.store?.countries.find((c) => c === "DK");
      if (!country) throw new Error(`DK is not among the store's countries: ${store.data?.store?.countries}`);
      const byPrice: PageVars = { filter: { price: { gte: "10" } }, sort: [{ field: "PRICE", direction: "ASC" }] };

      const first = await page(country, { ...byPrice, first: 2 });
      expect(first.items).toEqual([
        ["mid-tee", "10"],
        ["top-tee", "20"],
      ]);
      expect(first.edges[0]?.node.priceRange?.min?.currencyCode).toBe("EUR");
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

      // Cheaper than the first page's end: an offset cursor would now show top-tee again.
      await addShopProduct(getContainer(), world, {
        handle: "new-tee",
        eur: ["15"],
        usd: "16",
        cats: [world.shirtsId],
      });
      const second = await page(country, { ...byPrice, first: 2, after: first.pageInfo.endCursor });
      expect(second.items).toEqual([
        ["extra-0", "50"],
        ["extra-1", "51"],
      ]);
      const third = await page(country, { ...byPrice, first: 2, after: second.pageInfo.endCursor });
      expect(third.items).toEqual([
        ["extra-2", "52"],
        ["extra-3", "53"],
      ]);
      expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

      // Back from the third page: the second again, with the same cursors.
      const back = await page(country, { ...byPrice, last: 2, before: third.pageInfo.startCursor });
      expect(back.edges.map((e) => e.cursor)).toEqual(second.edges.map((e) => e.cursor));
      expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });

      // A fresh read shows the new product in its place.
      const fresh = await page(country, { ...byPrice, first: 10 });
      expect(fresh.items.map(([handle]) => handle)).toEqual([
        "mid-tee",
        "new-tee",
        "top-tee",
        "extra-0",
        "extra-1",
        "extra-2",
        "extra-3",
      ]);
    });

    it("pages by price, most expensive first, through a product without a price (last), forward and back", async () => {
      await addShopProduct(getContainer(), world, {
        handle: "unpriced-tee",
        eur: ["0"],
        usd: "0",
        cats: [world.shirtsId],
        unpriced: true,
      });
      const sort: PageVars["sort"] = [{ field: "PRICE", direction: "DESC" }];
      const whole = (await page("se", { sort, first: 50 })).items;
      expect(whole.at(-1)).toEqual(["unpriced-tee", null]);
      const amounts = whole.slice(0, -1).map(([, amount]) => Number(amount));
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));

      const forward: unknown[] = [];
      let after: string | null | undefined;
      for (let more = true; more; ) {
        const next = await page("se", { sort, first: 3, after });
        forward.push(...next.items);
        after = next.pageInfo.endCursor;
        more = next.pageInfo.hasNextPage;
      }
      expect(forward).toEqual(whole);

      const backward: unknown[] = [];
      let before: string | null | undefined;
      for (let more = true; more; ) {
        const previous = await page("se", { sort, last: 3, before });
        backward.unshift(...previous.items);
        before = previous.pageInfo.startCursor;
        more = previous.pageInfo.hasPreviousPage;
      }
      expect(backward).toEqual(whole);
    });

    it("costs the same SQL statements for the first page, a page after a cursor and a longer page", async () => {
      const db = getContainer().resolve("db");
      const byPrice: PageVars = { filter: { price: { gte: "1" } }, sort: [{ field: "PRICE", direction: "ASC" }] };
      // Per-process read caches (regions, the store) fill on the first read: warm them.
      const first = await page("dk", { ...byPrice, first: 2 });
      const count = async (vars: PageVars) => {
        db.resetQueryCount();
        await page("dk", { ...byPrice, ...vars });
        return db.queryCount();
      };
      const opening = await count({ first: 2 });
      expect(await count({ first: 2, after: first.pageInfo.endCursor })).toBe(opening);
      expect(await count({ first: 5, after: first.pageInfo.endCursor })).toBe(opening);
    });

    it("refuses a page above 250 and a cursor of another sort as BAD_USER_INPUT", async () => {
      const tooMany = await world.storefront.graphql(CategoryProductsPageQuery, {
        handle: "shirts",
        first: 251,
      });
      expect(tooMany.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
      const byPrice = await page("dk", { sort: [{ field: "PRICE", direction: "ASC" }], first: 1 });
      const otherSort = await world.storefront.graphql(CategoryProductsPageQuery, {
        handle: "shirts",
        sort: [{ field: "HANDLE", direction: "ASC" }],
        first: 1,
        after: byPrice.pageInfo.endCursor,
      });
      expect(otherSort.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    });

    it("refuses a price-sorted cursor under another price context as INVALID_CURSOR, and pages on in its own", async () => {
      const sort: PageVars["sort"] = [{ field: "PRICE", direction: "ASC" }];
      const dk = await page("dk", { sort, first: 2 });
      // In the US region (USD) the same cursor's price would place the page wrongly: refused, not paged silently.
      for (const vars of [{ after: dk.pageInfo.endCursor }, { last: 1, before: dk.pageInfo.endCursor }]) {
        const res = await world.storefront.graphql(CategoryProductsPageQuery, {
          handle: "shirts",
          country: "us",
          sort,
          first: vars.last ? undefined : 2,
          ...vars,
        });
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["INVALID_CURSOR"]);
        expect(res.errors?.[0]?.message).toContain("price context");
      }
      // The same cursor in the context it was read in still pages on, and a cursor not sorted by price holds anywhere.
      const next = await page("dk", { sort, first: 2, after: dk.pageInfo.endCursor });
      expect(next.items.length).toBeGreaterThan(0);
      expect(next.items.map(([handle]) => handle)).not.toContain(dk.items[1]?.[0]);
      const byHandle = await page("dk", { sort: [{ field: "HANDLE", direction: "ASC" }], first: 1 });
      const us = await page("us", {
        sort: [{ field: "HANDLE", direction: "ASC" }],
        first: 1,
        after: byHandle.pageInfo.endCursor,
      });
      expect(us.items).toHaveLength(1);
    });
  },
});
