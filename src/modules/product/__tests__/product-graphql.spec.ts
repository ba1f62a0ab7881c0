import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../../../framework/test-utils/runners.ts";
import {
  CreateProductMutation,
  DeleteProductMutation,
  NodeQuery,
  ProductByHandleQuery,
  ProductPageQuery,
  UpdateProductMutation,
} from "../../../../test/operations/products.ts";
import type { ProductTreeInput } from "../service.ts";

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("product mutations", () => {
      it("creates a product with options, variants and images", async () => {
        const res = await api.graphql(CreateProductMutation, {
          input: {
            title: "Linen Shirt",
            options: [{ title: "Size", values: ["S", "M"] }],
            variants: [
              { title: "S", sku: "LIN-S", options: [{ option: "Size", value: "S" }] },
              { title: "M", sku: "LIN-M", options: [{ option: "Size", value: "M" }] },
            ],
            images: [{ url: "https://example.com/a.png" }, { url: "https://example.com/b.png" }],
          },
        });
        expect(res.errors).toBeUndefined();
        const payload = res.data?.createProduct;
        expect(payload?.userErrors).toEqual([]);
        expect(payload?.product?.handle).toBe("linen-shirt");
        expect(payload?.product?.id).toMatch(/^prod_[0-9A-Z]{26}$/);
        expect(payload?.product?.variants.map((v) => [v.sku, v.options.map((o) => o.value)])).toEqual([
          ["LIN-S", ["S"]],
          ["LIN-M", ["M"]],
        ]);
        expect(payload?.product?.images.map((i) => i.rank)).toEqual([0, 1]);
      });

      it("refuses an empty title, a duplicate handle and a negative rank, writing nothing", async () => {
        const service = getContainer().resolve("product");
        const [, before] = await service.listAndCountProducts();
        const empty = await api.graphql(CreateProductMutation, { input: { title: "  " } });
        expect(empty.data?.createProduct.userErrors).toEqual([
          { field: ["input", "title"], message: expect.stringContaining("must not be empty"), code: "INVALID_DATA" },
        ]);
        const dup = await api.graphql(CreateProductMutation, {
          input: { title: "Other", handle: "linen-shirt", variants: [{ title: "One", sku: "DUP-1" }] },
        });
        expect(dup.data?.createProduct.userErrors[0]?.code).toBe("DUPLICATE");
        const rank = await api.graphql(CreateProductMutation, {
          input: { title: "Ranked", images: [{ url: "https://example.com/x.png", rank: -1 }] },
        });
        expect(rank.data?.createProduct.userErrors[0]).toMatchObject({
          code: "INVALID_DATA",
          field: ["input", "images", "0", "rank"],
        });
        const badVariant = await api.graphql(CreateProductMutation, {
          input: {
            title: "Half",
            options: [{ title: "Size", values: ["S"] }],
            variants: [{ title: "X", options: [{ option: "Size", value: "XXL" }] }],
          },
        });
        expect(badVariant.data?.createProduct.userErrors[0]?.code).toBe("INVALID_DATA");
        const [, after] = await service.listAndCountProducts({}, { withDeleted: true });
        expect(after).toBe(before);
        expect(await service.listProductVariants({ sku: "DUP-1" }, { withDeleted: true })).toEqual([]);
      });

      it("updates and soft-deletes, and an unknown or malformed id is a typed GraphQL error", async () => {
        const { data } = await api.graphql(ProductByHandleQuery, { handle: "linen-shirt" });
        const id = data?.product?.id as string;
        const updated = await api.graphql(UpdateProductMutation, {
          input: { id, title: "Linen Shirt II", status: "PUBLISHED", images: [{ url: "https://example.com/c.png" }] },
        });
        expect(updated.data?.updateProduct.product).toMatchObject({
          title: "Linen Shirt II",
          status: "PUBLISHED",
          images: [{ url: "https://example.com/c.png", rank: 0 }],
        });
        const deleted = await api.graphql(DeleteProductMutation, { id });
        expect(deleted.data?.deleteProduct.deletedId).toBe(id);
        const gone = await api.graphql(ProductByHandleQuery, { id });
        expect(gone.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
        const service = getContainer().resolve("product");
        expect(await service.listProductVariants({ product_id: id })).toEqual([]);
        expect((await service.listProductVariants({ product_id: id }, { withDeleted: true })).length).toBe(2);
        const malformed = await api.graphql(ProductByHandleQuery, { id: "nope" });
        expect(malformed.errors?.[0]?.extensions?.code).toBe("INVALID_DATA");
        const again = await api.graphql(DeleteProductMutation, { id });
        expect(again.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      });
    });

    describe("batch create", () => {
      const batch = (prefix: string, count: number): ProductTreeInput[] =>
        Array.from({ length: count }, (_, i) => ({
          title: `${prefix} ${i}`,
          options: [
            { title: "Size", values: ["S", "M"] },
            { title: "Colour", values: ["Red", "Blue"] },
          ],
          variants: [
            { title: "S Red", sku: `${prefix}-${i}-S`, options: { Size: "S", Colour: "Red" } },
            { title: "M Blue", sku: `${prefix}-${i}-M`, options: { Size: "M", Colour: "Blue" } },
          ],
          images: [{ url: `https://example.com/${prefix}-${i}.png` }],
        }));

      it("writes 2 or 20 products with their options, values, variants and images in the same statements", async () => {
        const service = getContainer().resolve("product");
        const db = getContainer().resolve("db");
        const statements = async (prefix: string, count: number) => {
          db.resetQueryCount();
          const created = await service.createProductTrees(batch(prefix, count));
          const used = db.queryCount();
          expect(created.map((p) => p.title)).toEqual(batch(prefix, count).map((p) => p.title));
          expect(created[count - 1]?.variants?.map((v) => [v.sku, v.options?.map((o) => o.value)])).toEqual([
            [`${prefix}-${count - 1}-S`, ["S", "Red"]],
            [`${prefix}-${count - 1}-M`, ["M", "Blue"]],
          ]);
          // Options and values come back in no set order: compare them sorted.
          const options = created[0]?.options?.map((o) => `${o.title}: ${o.values?.map((v) => v.value).sort()}`);
          expect(options?.sort()).toEqual(["Colour: Blue,Red", "Size: M,S"]);
          return used;
        };
        const two = await statements("Pair", 2);
        const twenty = await statements("Score", 20);
        expect(twenty).toBe(two);
        // One INSERT per table (products, options, values, images, variants, variant values), the
        // trees read back once, the transaction: 15, whatever the number of products. A nested
        // create per product was 27 for 2 products and 153 for 20.
        expect(twenty).toBeLessThanOrEqual(15);
      });

      it("a duplicate handle in a batch, or a missing tag, is the same typed error and writes nothing", async () => {
        const service = getContainer().resolve("product");
        const [, before] = await service.listAndCountProducts({}, { withDeleted: true });
        const [first, second] = batch("Twin", 2) as [ProductTreeInput, ProductTreeInput];
        const dup = service.createProductTrees([
          { ...first, handle: "twin" },
          { ...second, handle: "twin" },
        ]);
        await expect(dup).rejects.toMatchObject({ type: "duplicate_error", field: ["handle"] });
        const tagless = service.createProductTrees([{ ...first, tag_ids: ["ptag_missing"] }]);
        await expect(tagless).rejects.toMatchObject({ type: "not_found" });
        const [, after] = await service.listAndCountProducts({}, { withDeleted: true });
        expect(after).toBe(before);
        expect(await service.listProductVariants({ sku: "Twin-0-S" }, { withDeleted: true })).toEqual([]);
      });
    });

    describe("product page", () => {
      async function seed(count: number, offset: number) {
        const service = getContainer().resolve("product");
        const [category] = await service.createCategoryNodes([{ name: `Cat ${offset}`, handle: `cat-${offset}` }]);
        const tag = await service.createProductTags({ value: `tag-${offset}` });
        for (let i = offset; i < offset + count; i++) {
          await service.createProductTrees([
            {
              title: `Bulk ${String(i).padStart(3, "0")}`,
              status: "published",
              options: [{ title: "Size", values: ["S", "M"] }],
              variants: [
                { title: "S", sku: `B${i}-S`, options: { Size: "S" } },
                { title: "M", sku: `B${i}-M`, options: { Size: "M" } },
              ],
              images: [{ url: `https://example.com/${i}.png` }],
              category_ids: [category?.id ?? ""],
              tag_ids: [tag.id],
            },
          ]);
        }
      }

      it("costs the same number of SQL queries for 5 and 50 products", async () => {
        await seed(50, 0);
        const db = getContainer().resolve("db");
        const count = async (first: number) => {
          db.resetQueryCount();
          const res = await api.graphql(ProductPageQuery, { first, filter: { title: { like: "Bulk%" } } });
          expect(res.errors).toBeUndefined();
          expect(res.data?.products.edges).toHaveLength(first);
          expect(res.data?.products.edges[0]?.node.variants[0]?.options[0]?.option.title).toBe("Size");
          return db.queryCount();
        };
        const five = await count(5);
        const fifty = await count(50);
        expect(fifty).toBe(five);
        // The `like` filter compiles to SQL: the page of ids, the count, then the rows and their relations.
        expect(five).toBeLessThanOrEqual(13);
      });

      it("pages with cursors, filters across relations, searches and sorts", async () => {
        const page1 = await api.graphql(ProductPageQuery, {
          first: 20,
          filter: { title: { like: "Bulk%" } },
          sort: [{ field: "TITLE", direction: "DESC" }],
        });
        expect(page1.data?.products.totalCount).toBe(50);
        expect(page1.data?.products.edges[0]?.node.title).toBe("Bulk 049");
        const page3 = await api.graphql(ProductPageQuery, {
          first: 20,
          after: page1.data?.products.pageInfo.endCursor,
          filter: { title: { like: "Bulk%" } },
          sort: [{ field: "TITLE", direction: "DESC" }],
        });
        expect(page3.data?.products.edges[0]?.node.title).toBe("Bulk 029");
        const bySku = await api.graphql(ProductPageQuery, { filter: { variants: { sku: { eq: "B7-M" } } } });
        expect(bySku.data?.products.edges.map((e) => e.node.title)).toEqual(["Bulk 007"]);
        const byTag = await api.graphql(ProductPageQuery, { filter: { tags: { value: { eq: "tag-0" } } }, first: 1 });
        expect(byTag.data?.products.totalCount).toBe(50);
        const searched = await api.graphql(ProductPageQuery, { search: "bulk 01" });
        expect(searched.data?.products.totalCount).toBe(10);
        const either = await api.graphql(ProductPageQuery, {
          filter: { or: [{ handle: { eq: "bulk-001" } }, { handle: { eq: "bulk-002" } }] },
        });
        expect(either.data?.products.edges.map((e) => e.node.handle).sort()).toEqual(["bulk-001", "bulk-002"]);
      });

      it("resolves node(id:) from the id prefix", async () => {
        const { data } = await api.graphql(ProductByHandleQuery, { handle: "bulk-003" });
        const node = await api.graphql(NodeQuery, { id: data?.product?.id as string });
        expect(node.data?.node).toMatchObject({ __typename: "Product", title: "Bulk 003" });
        const bad = await api.graphql(NodeQuery, { id: "zzz_01J00000000000000000000000" });
        expect(bad.errors?.[0]?.extensions?.code).toBe("INVALID_DATA");
      });
    });
  },
});
