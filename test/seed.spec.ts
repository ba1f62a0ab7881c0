import { describe, expect, it } from "vitest";
import seedDemo from "../src/scripts/seed.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { ProductPageQuery } from "./operations/products.ts";

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("demo catalogue seed", () => {
      const counts = async () => {
        const product = getContainer().resolve("product");
        return {
          products: (await product.listAndCountProducts({}, { withDeleted: true }))[1],
          variants: (await product.listAndCountProductVariants({}, { withDeleted: true }))[1],
          categories: (await product.listAndCountProductCategories({}, { withDeleted: true }))[1],
          tags: (await product.listAndCountProductTags({}, { withDeleted: true }))[1],
        };
      };

      it("loads four products with their variants, and running it again adds nothing", async () => {
        await seedDemo({ container: getContainer(), args: [] });
        const first = await counts();
        expect(first).toEqual({ products: 4, variants: 20, categories: 3, tags: 1 });
        await seedDemo({ container: getContainer(), args: [] });
        expect(await counts()).toEqual(first);
        const page = await api.graphql(ProductPageQuery, { first: 10, sort: [{ field: "HANDLE", direction: "ASC" }] });
        expect(page.errors).toBeUndefined();
        expect(page.data?.products.totalCount).toBe(4);
        expect(page.data?.products.edges.map((e) => e.node.handle)).toEqual([
          "shorts",
          "sweatpants",
          "sweatshirt",
          "t-shirt",
        ]);
        const shirt = page.data?.products.edges.find((e) => e.node.handle === "t-shirt")?.node;
        expect(shirt?.variants).toHaveLength(8);
        expect(shirt?.options.map((o) => o.title).sort()).toEqual(["Color", "Size"]);
      });

      it("shows the storefront priced, discounted and stocked products through the seeded publishable key", async () => {
        const c = getContainer();
        await seedDemo({ container: c, args: [] });
        const [key] = await c.resolve("apiKey").listApiKeys({ title: "Webshop", type: "publishable" }, { take: 1 });
        const [europe] = await c.resolve("region").listRegions({ name: "Europe" }, { take: 1 });
        const store = api.as({ "x-publishable-api-key": key?.token ?? "" });
        const res = await store.graphql<
          {
            products: {
              edges: {
                node: {
                  handle: string;
                  variants: {
                    calculatedPrice: {
                      calculatedAmount: string;
                      originalAmount: string;
                      isCalculatedPricePriceList: boolean;
                      isCalculatedPriceTaxInclusive: boolean;
                    } | null;
                    availability: { inventoryQuantity: number | null };
                  }[];
                };
              }[];
            };
          },
          { ctx: { regionId?: string } }
        >(
          `query ($ctx: PriceContextInput) { products(first: 10, sort: [{ field: HANDLE, direction: ASC }]) { edges { node { handle variants {
            calculatedPrice(context: $ctx) { calculatedAmount originalAmount isCalculatedPricePriceList isCalculatedPriceTaxInclusive } availability { inventoryQuantity } } } } } }`,
          { ctx: { regionId: europe?.id } },
        );
        expect(res.errors).toBeUndefined();
        const byHandle = new Map(res.data?.products.edges.map((e) => [e.node.handle, e.node.variants]));
        expect(byHandle.get("t-shirt")?.map((v) => v.calculatedPrice?.calculatedAmount)).toEqual(Array(8).fill("19.5"));
        expect(byHandle.get("t-shirt")?.[0]?.calculatedPrice?.isCalculatedPriceTaxInclusive).toBe(true);
        expect(byHandle.get("shorts")?.[0]?.calculatedPrice).toMatchObject({
          calculatedAmount: "19.9",
          originalAmount: "24.9",
          isCalculatedPricePriceList: true,
        });
        expect([...byHandle.values()].flat().every((v) => v.availability.inventoryQuantity === 100)).toBe(true);

        const pricing = c.resolve("pricing");
        const before = (await pricing.listAndCountPriceSets({}))[1];
        await seedDemo({ container: c, args: [] });
        expect((await pricing.listAndCountPriceSets({}))[1]).toBe(before);
        // 20 variants and 4 shipping options (Standard and Express in two zones).
        expect(before).toBe(24);
      });

      it("fills in a product that was deleted from the catalogue by hand", async () => {
        const product = getContainer().resolve("product");
        const [shorts] = await product.listProducts({ handle: "shorts" });
        await product.deleteProducts(shorts?.id ?? "");
        await seedDemo({ container: getContainer(), args: [] });
        expect(
          (await product.listProducts({ handle: "shorts" }, { relations: ["variants"] }))[0]?.variants,
        ).toHaveLength(4);
      });

      it("sells every product in the Default Sales Channel, the Webshop key's, from the European Warehouse", async () => {
        const [key] = await getContainer().resolve("apiKey").listApiKeys({ title: "Webshop" });
        const store = api.as({ "x-publishable-api-key": key?.token ?? "" });
        const page = await store.graphql<{ products: { totalCount: number } }, Record<string, never>>(
          "{ products { totalCount } }",
        );
        expect(page.data?.products.totalCount).toBe(4);
        const channels = await api.graphql<
          {
            salesChannels: {
              edges: { node: { name: string; stockLocations: { edges: { node: { name: string } }[] } } }[];
            };
          },
          Record<string, never>
        >("{ salesChannels { edges { node { name stockLocations { edges { node { name } } } } } } }");
        expect(
          channels.data?.salesChannels.edges.map((e) => [
            e.node.name,
            e.node.stockLocations.edges.map((l) => l.node.name),
          ]),
        ).toEqual([["Default Sales Channel", ["European Warehouse"]]]);
      });
    });
  },
});
