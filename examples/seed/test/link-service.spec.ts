import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../../../src/framework/test-utils/runners.ts";
import { TesseraError } from "../../../src/framework/errors/tessera-error.ts";
import productBrand from "../src/links/product-brand.ts";

integrationTestRunner({
  project: "examples/seed",
  testSuite: ({ getContainer }) => {
    const services = () => {
      const container = getContainer();
      return {
        link: container.resolve("link"),
        product: container.resolve("product"),
        brand: container.resolve("brand"),
        hello: container.resolve("helloModuleService"),
      };
    };
    const rejection = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(TesseraError.is(error)).toBe(true);
      return error as TesseraError;
    };

    describe("link service", () => {
      it("is resolvable as link and remoteLink", () => {
        expect(getContainer().resolve("remoteLink")).toBe(getContainer().resolve("link"));
      });

      it("creates links with data, and creating again updates the data", async () => {
        const { link, product, brand } = services();
        const [p1, p2] = await product.createProducts([
          { title: "P1", handle: "p1" },
          { title: "P2", handle: "p2" },
        ]);
        const acme = await brand.createBrands({ name: "Acme", handle: "acme" });
        const created = await link.create([
          {
            product: { product_id: p1?.id as string },
            brand: { brand_id: acme.id },
            data: { metadata: { source: "import" } },
          },
          { brand: { brand_id: acme.id }, product: { product_id: p2?.id as string } },
        ]);
        expect(created.map((r) => [r.product_id, r.brand_id])).toEqual([
          [p1?.id, acme.id],
          [p2?.id, acme.id],
        ]);
        expect(created[0]?.metadata).toEqual({ source: "import" });
        await link.create({
          product: { product_id: p1?.id as string },
          brand: { brand_id: acme.id },
          data: { metadata: { source: "manual" } },
        });
        const rows = await link.list(productBrand, { brand_id: acme.id });
        expect(rows).toHaveLength(2);
        expect(rows.find((r) => r.product_id === p1?.id)?.metadata).toEqual({ source: "manual" });
      });

      it("refuses a second brand for a product with CONFLICT and writes nothing", async () => {
        const { link, product, brand } = services();
        const [p1] = await product.listProducts({ handle: "p1" });
        const [p3] = await product.createProducts([{ title: "P3", handle: "p3" }]);
        const other = await brand.createBrands({ name: "Other", handle: "other" });
        const error = await rejection(
          link.create([
            { product: { product_id: p3?.id as string }, brand: { brand_id: other.id } },
            { product: { product_id: p1?.id as string }, brand: { brand_id: other.id } },
          ]),
        );
        expect(error.type).toBe("conflict");
        expect(error.message).toContain(p1?.id as string);
        // The first pair of the batch was rolled back with the second.
        expect(await link.list(productBrand, { brand_id: other.id })).toEqual([]);
      });

      it("answers unknown modules, columns and ids with typed errors", async () => {
        const { link, brand } = services();
        const [acme] = await brand.listBrands({ handle: "acme" });
        expect(
          (await rejection(link.create({ nope: { nope_id: "x" }, brand: { brand_id: acme?.id as string } }))).type,
        ).toBe("invalid_data");
        expect(
          (await rejection(link.create({ product: { sku: "x" }, brand: { brand_id: acme?.id as string } }))).type,
        ).toBe("invalid_data");
        expect(
          (
            await rejection(
              link.create({ product: { product_id: "prod_missing" }, brand: { brand_id: acme?.id as string } }),
            )
          ).type,
        ).toBe("not_found");
        expect(
          (
            await rejection(
              link.create({
                product: { product_id: "prod_missing" },
                brand: { brand_id: acme?.id as string },
                data: { colour: 1 },
              }),
            )
          ).type,
        ).toBe("invalid_data");
        expect((await rejection(link.delete({ nope: { nope_id: "x" } }))).type).toBe("invalid_data");
      });

      it("dismisses a link, leaving both records", async () => {
        const { link, product, brand } = services();
        const [p2] = await product.listProducts({ handle: "p2" });
        const [acme] = await brand.listBrands({ handle: "acme" });
        const dismissed = await link.dismiss({
          product: { product_id: p2?.id as string },
          brand: { brand_id: acme?.id as string },
        });
        expect(dismissed).toHaveLength(1);
        expect(
          (await link.list(productBrand, { brand_id: acme?.id as string })).map((r) => r.product_id),
        ).not.toContain(p2?.id);
        expect(await product.listProducts({ id: p2?.id as string })).toHaveLength(1);
      });

      it("delete cascades transitively through modules and restore brings it all back", async () => {
        const { link, product, brand, hello } = services();
        const nova = await brand.createBrands({ name: "Nova", handle: "nova" });
        const [shirt] = await product.createProductTrees([
          {
            title: "Nova Shirt",
            handle: "nova-shirt",
            options: [{ title: "Size", values: ["M"] }],
            variants: [{ title: "M", options: { Size: "M" } }],
          },
        ]);
        const custom = await hello.createMyCustoms({ name: "extra" });
        await link.create({ product: { product_id: shirt?.id as string }, brand: { brand_id: nova.id } });
        await link.create({
          product: { product_id: shirt?.id as string },
          helloModuleService: { my_custom_id: custom.id },
        });

        await brand.softDeleteBrands([nova.id]);
        const deleted = await link.delete({ brand: { brand_id: nova.id } });
        expect(deleted).toEqual({
          product: { product_id: [shirt?.id] },
          helloModuleService: { my_custom_id: [custom.id] },
        });
        expect(await product.listProducts({ id: shirt?.id as string })).toEqual([]);
        expect(await product.listProductVariants({ product_id: shirt?.id as string })).toEqual([]);
        expect(await hello.listMyCustoms({ id: custom.id })).toEqual([]);
        expect(await link.list(productBrand, { brand_id: nova.id })).toEqual([]);

        await brand.restoreBrands([nova.id]);
        const restored = await link.restore({ brand: { brand_id: nova.id } });
        expect(restored).toEqual(deleted);
        expect(await product.listProductVariants({ product_id: shirt?.id as string })).toHaveLength(1);
        expect(await hello.listMyCustoms({ id: custom.id })).toHaveLength(1);
        expect((await link.list(productBrand, { brand_id: nova.id })).map((r) => r.product_id)).toEqual([shirt?.id]);
      });

      it("a restore that would break a one-to-one link is a CONFLICT, and nothing is restored", async () => {
        const { link, product, hello } = services();
        const [p] = await product.createProducts([{ title: "One", handle: "one-to-one" }]);
        const [first, second] = await hello.createMyCustoms([{ name: "first" }, { name: "second" }]);
        await link.create({
          product: { product_id: p?.id as string },
          helloModuleService: { my_custom_id: first?.id as string },
        });
        await link.delete({ helloModuleService: { my_custom_id: first?.id as string } });
        await link.create({
          product: { product_id: p?.id as string },
          helloModuleService: { my_custom_id: second?.id as string },
        });
        const error = await rejection(link.restore({ helloModuleService: { my_custom_id: first?.id as string } }));
        expect(error.type).toBe("conflict");
        const { data } = await getContainer()
          .resolve("query")
          .graph({ entity: "product_my_custom", fields: ["my_custom_id"], filters: { product_id: p?.id } });
        expect(data).toEqual([{ my_custom_id: second?.id }]);
      });

      it("a deleted link is revived, not duplicated, when created again", async () => {
        const { link, product, brand } = services();
        const solo = await brand.createBrands({ name: "Solo", handle: "solo" });
        const [p] = await product.createProducts([{ title: "Solo P", handle: "solo-p" }]);
        await link.create({ product: { product_id: p?.id as string }, brand: { brand_id: solo.id } });
        await link.delete({ product: { product_id: p?.id as string } });
        expect(await link.list(productBrand, { brand_id: solo.id })).toEqual([]);
        await link.create({ product: { product_id: p?.id as string }, brand: { brand_id: solo.id } });
        expect(await link.list(productBrand, { brand_id: solo.id })).toHaveLength(1);
      });
    });
  },
});
