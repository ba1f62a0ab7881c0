import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../../../../../../src/framework/test-utils/runners.ts";
import {
  BrandsWithProductsQuery,
  CreateBrandMutation,
  DeleteBrandMutation,
  UpdateBrandMutation,
} from "../../../../test/operations/links.ts";

integrationTestRunner({
  project: "examples/seed",
  testSuite: ({ api, getContainer }) => {
    describe("brand mutations", () => {
      it("creates a brand with a handle from its name, and refuses bad input with userErrors", async () => {
        const created = await api.graphql(CreateBrandMutation, { input: { name: "Acme Tools" } });
        expect(created.data?.createBrand).toMatchObject({
          brand: { name: "Acme Tools", handle: "acme-tools" },
          userErrors: [],
        });
        expect(created.data?.createBrand.brand?.id).toMatch(/^brand_[0-9A-Z]{26}$/);
        const empty = await api.graphql(CreateBrandMutation, { input: { name: " " } });
        expect(empty.data?.createBrand.userErrors).toEqual([
          { field: ["input", "name"], message: expect.stringContaining("must not be empty"), code: "INVALID_DATA" },
        ]);
        const dup = await api.graphql(CreateBrandMutation, { input: { name: "Other", handle: "acme-tools" } });
        expect(dup.data?.createBrand.userErrors[0]?.code).toBe("DUPLICATE");
        const [, count] = await getContainer().resolve("brand").listAndCountBrands({}, { withDeleted: true });
        expect(count).toBe(1);
      });

      it("updates, deletes, and answers unknown ids with NOT_FOUND", async () => {
        const [brand] = await getContainer().resolve("brand").listBrands({ handle: "acme-tools" });
        const updated = await api.graphql(UpdateBrandMutation, { input: { id: brand?.id as string, name: "Acme" } });
        expect(updated.data?.updateBrand.brand?.name).toBe("Acme");
        const listed = await api.graphql(BrandsWithProductsQuery, {
          filter: { name: { eq: "Acme" } },
          productsFirst: 1,
        });
        expect(listed.data?.brands.edges.map((e) => [e.node.name, e.node.products.totalCount])).toEqual([["Acme", 0]]);
        const deleted = await api.graphql(DeleteBrandMutation, { id: brand?.id as string });
        expect(deleted.data?.deleteBrand.deletedId).toBe(brand?.id);
        const again = await api.graphql(DeleteBrandMutation, { id: brand?.id as string });
        expect(again.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
        const missing = await api.graphql(UpdateBrandMutation, { input: { id: brand?.id as string, name: "Ghost" } });
        expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      });
    });
  },
});
