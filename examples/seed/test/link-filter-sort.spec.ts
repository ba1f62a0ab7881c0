import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../../../src/framework/test-utils/runners.ts";
import { BrandsWithProductsQuery, ProductsWithBrandQuery } from "./operations/links.ts";

const TOTAL = 10_000;
const BRANDS = ["Zenith", "Acme", "Monarch", "Borealis", "Kestrel", "Lumen", "Orbit", "Quill", "Vertex", "Juniper"];

integrationTestRunner({
  project: "examples/seed",
  testSuite: ({ api, getContainer }) => {
    /** Product n is linked to brand n % 10; every 7th product has no brand. Bulk SQL keeps the seed fast. */
    async function seed() {
      const prisma = getContainer().resolve("db").prisma;
      await prisma.$executeRawUnsafe(`INSERT INTO brand (id, name, handle, updated_at)
        SELECT 'brand_' || lpad(b::text, 26, '0'), (ARRAY['${BRANDS.join("','")}'])[b + 1], 'b-' || b, now() FROM generate_series(0, 9) b`);
      await prisma.$executeRawUnsafe(`INSERT INTO product (id, title, handle, status, updated_at)
        SELECT 'prod_' || lpad(n::text, 26, '0'), 'Item ' || lpad(n::text, 5, '0'), 'item-' || n, (CASE WHEN n % 2 = 0 THEN 'published' ELSE 'draft' END)::"ProductStatus", now()
        FROM generate_series(1, ${TOTAL}) n`);
      await prisma.$executeRawUnsafe(`INSERT INTO link_product_brand (product_id, brand_id, updated_at)
        SELECT 'prod_' || lpad(n::text, 26, '0'), 'brand_' || lpad((n % 10)::text, 26, '0'), now() FROM generate_series(1, ${TOTAL}) n WHERE n % 7 <> 0`);
    }
    // Expected answers computed from the seed's rule, not read back from the database.
    const brandOf = (n: number): string | null => (n % 7 === 0 ? null : (BRANDS[n % 10] ?? null));
    const numbers = Array.from({ length: TOTAL }, (_, i) => i + 1);
    const title = (n: number) => `Item ${String(n).padStart(5, "0")}`;

    describe("filter and sort across a link on 10,000 products", () => {
      it("filters products by their brand's name in SQL", async () => {
        await seed();
        const acme = numbers.filter((n) => brandOf(n) === "Acme");
        const res = await api.graphql(ProductsWithBrandQuery, {
          first: 5,
          filter: { brand: { name: { eq: "Acme" } } },
          sort: [{ field: "TITLE", direction: "ASC" }],
        });
        expect(res.errors).toBeUndefined();
        expect(res.data?.products.totalCount).toBe(acme.length);
        expect(res.data?.products.edges.map((e) => e.node.title)).toEqual(acme.slice(0, 5).map(title));
        expect(res.data?.products.edges.every((e) => e.node.brand?.name === "Acme")).toBe(true);
      });

      it("combines own fields, search and link filters with and/or", async () => {
        const expected = numbers.filter(
          (n) => n % 2 === 0 && (brandOf(n) === "Lumen" || brandOf(n) === "Orbit") && title(n).includes("99"),
        );
        const res = await api.graphql(ProductsWithBrandQuery, {
          first: 250,
          search: "99",
          filter: {
            status: { eq: "PUBLISHED" },
            or: [{ brand: { name: { eq: "Lumen" } } }, { brand: { handle: { eq: "b-6" } } }],
          },
        });
        expect(res.errors).toBeUndefined();
        expect(res.data?.products.totalCount).toBe(expected.length);
        expect(res.data?.products.edges.map((e) => e.node.title).sort()).toEqual(expected.map(title).sort());
      });

      it("sorts products by their brand's name, products without a brand last, and pages on", async () => {
        const sorted = [...numbers].sort((a, b) => {
          const ba = brandOf(a);
          const bb = brandOf(b);
          if (ba !== bb) return ba === null ? 1 : bb === null ? -1 : ba < bb ? -1 : 1;
          return a - b;
        });
        const first = await api.graphql(ProductsWithBrandQuery, {
          first: 3,
          sort: [{ field: "BRAND_NAME", direction: "ASC" }],
        });
        expect(first.errors).toBeUndefined();
        expect(first.data?.products.edges.map((e) => e.node.title)).toEqual(sorted.slice(0, 3).map(title));
        expect(first.data?.products.edges[0]?.node.brand?.name).toBe("Acme");
        const later = await api.graphql(ProductsWithBrandQuery, {
          first: 3,
          after: first.data?.products.pageInfo.endCursor,
          sort: [{ field: "BRAND_NAME", direction: "ASC" }],
        });
        expect(later.data?.products.edges.map((e) => e.node.title)).toEqual(sorted.slice(3, 6).map(title));
        const desc = await api.graphql(ProductsWithBrandQuery, {
          first: 2,
          filter: { brand: { name: { ne: "Zenith" } } },
          sort: [
            { field: "BRAND_NAME", direction: "DESC" },
            { field: "TITLE", direction: "DESC" },
          ],
        });
        const vertex = numbers.filter((n) => brandOf(n) === "Vertex").reverse();
        expect(desc.data?.products.edges.map((e) => e.node.title)).toEqual(vertex.slice(0, 2).map(title));
      });

      it("filters brands by their products (the list side)", async () => {
        const res = await api.graphql(BrandsWithProductsQuery, {
          filter: { products: { title: { eq: title(4243) } } },
          productsFirst: 1,
        });
        expect(res.data?.brands.edges.map((e) => e.node.name)).toEqual([brandOf(4243)]);
        const unbranded = await api.graphql(BrandsWithProductsQuery, {
          filter: { products: { title: { eq: title(4242) } } },
          productsFirst: 1,
        });
        expect(unbranded.data?.brands.totalCount).toBe(0);
      });

      it("keeps the SQL count constant whatever the page size", async () => {
        const db = getContainer().resolve("db");
        const count = async (first: number) => {
          db.resetQueryCount();
          const res = await api.graphql(ProductsWithBrandQuery, {
            first,
            filter: { brand: { name: { in: ["Acme", "Orbit"] } } },
            sort: [{ field: "BRAND_NAME", direction: "DESC" }],
          });
          expect(res.errors).toBeUndefined();
          expect(res.data?.products.edges).toHaveLength(first);
          return db.queryCount();
        };
        const five = await count(5);
        expect(await count(50)).toBe(five);
        expect(await count(250)).toBe(five);
        expect(five).toBeLessThanOrEqual(12);
      });

      it("passes LIKE patterns to SQL as they are across links", async () => {
        const res = await api.graphql(`{ products(filter: { brand: { name: { like: "A%e" } } }) { totalCount } }`);
        expect(res.errors).toBeUndefined();
        expect(res.data).toEqual({ products: { totalCount: numbers.filter((n) => brandOf(n) === "Acme").length } });
      });
    });
  },
});
