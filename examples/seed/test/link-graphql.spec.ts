import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../../../src/framework/test-utils/runners.ts";
import {
  BrandsWithProductsQuery,
  CreateBrandMutation,
  DeleteBrandMutation,
  ProductBrandLinksQuery,
  ProductsWithBrandQuery,
  UpdateBrandMutation,
} from "./operations/links.ts";

integrationTestRunner({
  project: "examples/seed",
  testSuite: ({ api, getContainer }) => {
    /** 50 products with two variants each, spread over 5 brands (10 each), every link with metadata. */
    async function seed() {
      const container = getContainer();
      const product = container.resolve("product");
      const link = container.resolve("link");
      const brands = [];
      for (let b = 0; b < 5; b++) {
        const res = await api.graphql(CreateBrandMutation, { input: { name: `Brand ${b}` } });
        expect(res.data?.createBrand.userErrors).toEqual([]);
        brands.push(res.data?.createBrand.brand?.id as string);
      }
      for (let i = 0; i < 50; i++) {
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
        await link.create({
          product: { product_id: p?.id as string },
          brand: { brand_id: brands[i % 5] as string },
          data: { metadata: { position: i } },
        });
      }
      return brands;
    }

    describe("link fields", () => {
      let brands: string[] = [];

      it("reads Product.brand, Brand.products and the link row's extra columns", async () => {
        brands = await seed();
        const res = await api.graphql(ProductsWithBrandQuery, {
          first: 2,
          sort: [{ field: "TITLE", direction: "ASC" }],
        });
        expect(res.errors).toBeUndefined();
        const [first] = res.data?.products.edges ?? [];
        expect(first?.node.title).toBe("Item 00");
        expect(first?.node.brand?.name).toBe("Brand 0");
        expect(first?.node.brand?.products.totalCount).toBe(10);
        expect(first?.node.brand?.products.edges.map((e) => [e.node.title, e.link.metadata])).toEqual([
          ["Item 00", { position: 0 }],
          ["Item 05", { position: 5 }],
          ["Item 10", { position: 10 }],
        ]);
        const links = await api.graphql(ProductBrandLinksQuery, {
          filter: { productId: { eq: first?.node.id as string } },
        });
        expect(
          links.data?.productBrandLinks.edges.map((e) => [e.node.product?.title, e.node.brand?.name, e.node.metadata]),
        ).toEqual([["Item 00", "Brand 0", { position: 0 }]]);
      });

      it("pages a list link with first/after", async () => {
        const page1 = await api.graphql(BrandsWithProductsQuery, {
          filter: { id: { eq: brands[1] as string } },
          productsFirst: 4,
        });
        const conn = page1.data?.brands.edges[0]?.node.products;
        expect(conn?.edges.map((e) => e.node.title)).toEqual(["Item 01", "Item 06", "Item 11", "Item 16"]);
        expect(conn?.pageInfo.hasNextPage).toBe(true);
        const page3 = await api.graphql(BrandsWithProductsQuery, {
          filter: { id: { eq: brands[1] as string } },
          productsFirst: 4,
          productsAfter: conn?.pageInfo.endCursor,
        });
        const next = page3.data?.brands.edges[0]?.node.products;
        expect(next?.edges.map((e) => e.node.title)).toEqual(["Item 21", "Item 26", "Item 31", "Item 36"]);
        expect(next?.pageInfo.hasPreviousPage).toBe(true);
        expect(next?.totalCount).toBe(10);
      });

      it("costs the same number of SQL statements for 5 and 50 products, two hops deep", async () => {
        const db = getContainer().resolve("db");
        const count = async (first: number) => {
          db.resetQueryCount();
          const res = await api.graphql(ProductsWithBrandQuery, { first });
          expect(res.errors).toBeUndefined();
          expect(res.data?.products.edges).toHaveLength(first);
          expect(res.data?.products.edges.every((e) => e.node.brand?.products.edges.length === 3)).toBe(true);
          expect(res.data?.products.edges[0]?.node.brand?.products.edges[0]?.node.variants[0]?.options[0]?.value).toBe(
            "S",
          );
          return db.queryCount();
        };
        const five = await count(5);
        const fifty = await count(50);
        expect(fifty).toBe(five);
        // Both connections select totalCount: with keyset pages each count is its own statement,
        // run only when selected (it used to ride on an offset page's statement).
        expect(five).toBeLessThanOrEqual(12);
        db.resetQueryCount();
        await api.graphql(BrandsWithProductsQuery, { first: 5, productsFirst: 10 });
        const brandsPage = db.queryCount();
        expect(brandsPage).toBeLessThanOrEqual(9);
      });

      it("combines a link filter with the module's own relation filters (variants, tags) in SQL", async () => {
        const product = getContainer().resolve("product");
        const tag = await product.createProductTags({ value: "sale" });
        const [six, eleven] = await product.listProducts(
          { title: ["Item 06", "Item 11"] },
          { order: { title: "ASC" } },
        );
        await product.updateProducts([
          { id: six?.id as string, tags: [tag.id] },
          { id: eleven?.id as string, tags: [tag.id] },
        ]);
        const bySku = await api.graphql(ProductsWithBrandQuery, {
          filter: { brand: { name: { eq: "Brand 1" } }, variants: { sku: { in: ["I6-S", "I7-S"] } } },
        });
        expect(bySku.data?.products.edges.map((e) => e.node.title)).toEqual(["Item 06"]);
        const byTag = await api.graphql(ProductsWithBrandQuery, {
          filter: { brand: { name: { eq: "Brand 1" } }, tags: { value: { eq: "sale" } } },
          sort: [{ field: "TITLE", direction: "DESC" }],
        });
        expect(byTag.data?.products.edges.map((e) => e.node.title)).toEqual(["Item 11", "Item 06"]);
        const none = await api.graphql(ProductsWithBrandQuery, {
          filter: { brand: { name: { eq: "Brand 2" } }, tags: { value: { eq: "sale" } } },
        });
        expect(none.data?.products.totalCount).toBe(0);
      });

      it("follows a read-only link and hides soft-deleted linked records", async () => {
        const product = getContainer().resolve("product");
        const [featured] = await product.listProducts({ title: "Item 02" });
        const updated = await api.graphql(UpdateBrandMutation, {
          input: { id: brands[2] as string, featuredProductId: featured?.id },
        });
        expect(updated.data?.updateBrand.brand?.featuredProduct?.title).toBe("Item 02");
        const filtered = await api.graphql(BrandsWithProductsQuery, {
          filter: { featuredProduct: { title: { eq: "Item 02" } } },
          productsFirst: 1,
        });
        expect(filtered.data?.brands.edges.map((e) => e.node.name)).toEqual(["Brand 2"]);
        const sorted = await api.graphql(BrandsWithProductsQuery, {
          sort: [{ field: "FEATURED_PRODUCT_TITLE", direction: "ASC" }],
          productsFirst: 1,
        });
        expect(sorted.data?.brands.edges[0]?.node.name).toBe("Brand 2");
        await product.softDeleteProducts([featured?.id as string]);
        const res = await api.graphql(BrandsWithProductsQuery, {
          filter: { id: { eq: brands[2] as string } },
          productsFirst: 20,
        });
        const brand = res.data?.brands.edges[0]?.node;
        expect(brand?.featuredProduct).toBeNull();
        expect(brand?.products.totalCount).toBe(9);
        expect(brand?.products.edges.map((e) => e.node.title)).not.toContain("Item 02");
        await product.restoreProducts([featured?.id as string]);
      });

      it("deleteBrand cascades to the brand's products through the link", async () => {
        const res = await api.graphql(DeleteBrandMutation, { id: brands[4] as string });
        expect(res.data?.deleteBrand.deletedId).toBe(brands[4]);
        const left = await api.graphql(ProductsWithBrandQuery, { first: 100 });
        expect(left.data?.products.totalCount).toBe(40);
        expect(left.data?.products.edges.some((e) => e.node.brand === null)).toBe(false);
      });
    });
  },
});
