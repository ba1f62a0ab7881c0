// The seed's "Module Links" and "Query" sections, in Tessera: the link of src/links/hello-product.ts
// (product ↔ my_custom, metadata column, deleteCascades on my_custom), remoteLink and query.graph.
import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../../../src/framework/test-utils/runners.ts";
import { HELLO_MODULE } from "../src/modules/hello/index.ts";
import { PRODUCT_MODULE } from "../../../src/modules/product/index.ts";
import productHelloLink from "../src/links/hello-product.ts";

integrationTestRunner({
  project: "examples/seed",
  testSuite: ({ getContainer }) => {
    describe("seed: Module Links", () => {
      let productId = "";
      let myCustomId = "";

      it("creates a link with a custom column and reads it through the link's entry point", async () => {
        const container = getContainer();
        const [product] = await container.resolve("product").createProducts([{ title: "Linked", handle: "linked" }]);
        const myCustom = await container.resolve(HELLO_MODULE).createMyCustoms({ name: "mc" });
        productId = product?.id as string;
        myCustomId = myCustom.id;
        const remoteLink = container.resolve("remoteLink");
        await remoteLink.create({
          [PRODUCT_MODULE]: { product_id: productId },
          [HELLO_MODULE]: { my_custom_id: myCustomId },
          data: { metadata: { test: true } },
        });

        const query = container.createScope().resolve("query");
        const { data } = await query.graph({
          entity: productHelloLink.entryPoint,
          fields: ["metadata", "product.*", "my_custom.*"],
          filters: { product_id: productId },
        });
        expect(data).toEqual([
          {
            metadata: { test: true },
            product: expect.objectContaining({ id: productId, title: "Linked" }),
            my_custom: expect.objectContaining({ id: myCustomId, name: "mc" }),
          },
        ]);
      });

      it("cascades a product's deletion to its my_custom record and restores it", async () => {
        const container = getContainer();
        const remoteLink = container.resolve("remoteLink");
        const hello = container.resolve(HELLO_MODULE);
        await container.resolve("product").softDeleteProducts([productId]);
        await remoteLink.delete({ [PRODUCT_MODULE]: { product_id: productId } });
        expect(await hello.listMyCustoms({ id: myCustomId })).toEqual([]);
        await container.resolve("product").restoreProducts([productId]);
        await remoteLink.restore({ [PRODUCT_MODULE]: { product_id: productId } });
        expect(await hello.listMyCustoms({ id: myCustomId })).toHaveLength(1);
      });

      it("dismisses the link, leaving both records", async () => {
        const container = getContainer();
        await container
          .resolve("remoteLink")
          .dismiss({ [PRODUCT_MODULE]: { product_id: productId }, [HELLO_MODULE]: { my_custom_id: myCustomId } });
        const { data } = await container
          .resolve("query")
          .graph({ entity: "my_custom", fields: ["id", "product.*"], filters: { id: myCustomId } });
        expect(data).toEqual([{ id: myCustomId, product: null }]);
      });
    });

    describe("seed: Query", () => {
      it("retrieves records, linked records, filtered by ids and paginated", async () => {
        const container = getContainer();
        const hello = container.resolve(HELLO_MODULE);
        const created = await hello.createMyCustoms([{ name: "alpha" }, { name: "beta" }, { name: "gamma" }]);
        const [product] = await container
          .resolve("product")
          .createProducts([{ title: "Gamma product", handle: "gamma-product" }]);
        await container.resolve("link").create({
          [PRODUCT_MODULE]: { product_id: product?.id as string },
          [HELLO_MODULE]: { my_custom_id: created[2]?.id as string },
        });
        const query = container.createScope().resolve("query");

        const { data: myCustoms } = await query.graph({ entity: "my_custom", fields: ["id", "name"] });
        expect(myCustoms.map((m) => m.name).sort()).toEqual(["alpha", "beta", "gamma", "mc"]);

        const { data: withProduct } = await query.graph({
          entity: "my_custom",
          fields: ["id", "name", "product.*"],
          filters: { id: created[2]?.id },
        });
        expect(withProduct[0]?.product).toMatchObject({ title: "Gamma product", handle: "gamma-product" });

        const { data: byIds } = await query.graph({
          entity: "my_custom",
          fields: ["id", "name"],
          filters: { id: [created[0]?.id, created[1]?.id] },
        });
        expect(byIds.map((m) => m.name).sort()).toEqual(["alpha", "beta"]);

        const {
          data: page,
          metadata: { count, take, skip },
        } = await query.graph({
          entity: "my_custom",
          fields: ["id", "name"],
          pagination: { skip: 0, take: 2, order: { name: "DESC" } },
        });
        expect(page.map((m) => m.name)).toEqual(["mc", "gamma"]);
        expect({ count, take, skip }).toEqual({ count: 4, take: 2, skip: 0 });
      });
    });
  },
});
