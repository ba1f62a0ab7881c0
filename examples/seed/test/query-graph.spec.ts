import { describe, expect, it } from "vitest";
import { builder } from "../../../src/framework/graphql/builder.ts";
import { TesseraError } from "../../../src/framework/errors/tessera-error.ts";
import { integrationTestRunner } from "../../../src/framework/test-utils/runners.ts";
import { ProductRef } from "../../../src/modules/product/graphql/types.ts";
import productBrandLink from "../src/links/product-brand.ts";
import { ProductsWithBrandQuery } from "./operations/links.ts";

// A field that echoes what query.graph passes down as `context`, the way pricing will read it.
builder.objectFields(ProductRef, (t) => ({
  queryContextEcho: t.field({ type: "JSON", nullable: true, resolve: (_p, _a, ctx) => ctx.queryContext ?? null }),
}));

integrationTestRunner({
  project: "examples/seed",
  testSuite: ({ api, getContainer }) => {
    const query = () => getContainer().createScope().resolve("query");
    const failure = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(TesseraError.is(error)).toBe(true);
      return error as TesseraError;
    };

    async function seed() {
      const container = getContainer();
      const product = container.resolve("product");
      const brand = container.resolve("brand");
      const link = container.resolve("link");
      const acme = await brand.createBrands({ name: "Acme", handle: "acme" });
      const zeta = await brand.createBrands({ name: "Zeta", handle: "zeta" });
      for (let i = 0; i < 60; i++) {
        const [p] = await product.createProductTrees([
          {
            title: `Thing ${String(i).padStart(2, "0")}`,
            status: i % 3 === 0 ? "published" : "draft",
            options: [{ title: "Size", values: ["S"] }],
            variants: [{ title: "S", sku: `T${i}`, options: { Size: "S" } }],
          },
        ]);
        await link.create({
          product: { product_id: p?.id as string },
          brand: { brand_id: (i % 2 ? zeta : acme).id },
          data: { metadata: { i } },
        });
      }
      return { acme, zeta };
    }

    describe("query.graph", () => {
      let _ids: { acme: { id: string }; zeta: { id: string } };

      it("answers like the GraphQL query it stands for", async () => {
        _ids = await seed();
        const gql = await api.graphql(ProductsWithBrandQuery, {
          first: 4,
          sort: [{ field: "TITLE", direction: "DESC" }],
        });
        const { data, metadata } = await query().graph({
          entity: "product",
          fields: ["id", "title", "handle", "variants.sku", "brand.id", "brand.name"],
          pagination: { take: 4, order: { title: "DESC" } },
        });
        expect(metadata).toEqual({ count: 60, skip: 0, take: 4 });
        expect(data).toEqual(
          gql.data?.products.edges.map(({ node }) => ({
            id: node.id,
            title: node.title,
            handle: node.handle,
            variants: node.variants.map((v) => ({ sku: v.sku, id: expect.any(String) })),
            brand: { id: node.brand?.id, name: node.brand?.name },
          })),
        );
      });

      it("expands *, maps names to snake_case and values to what the modules store", async () => {
        const { data } = await query().graph({
          entity: "product",
          fields: ["*", "brand.*", "variants.*"],
          filters: { title: "Thing 03" },
        });
        expect(data).toHaveLength(1);
        const [row] = data;
        expect(row).toMatchObject({
          title: "Thing 03",
          status: "published",
          is_giftcard: false,
          brand: { name: "Zeta", handle: "zeta" },
        });
        expect(row?.created_at).toBeInstanceOf(Date);
        expect((row?.variants as { sku: string; variant_rank: number }[])[0]).toMatchObject({
          sku: "T3",
          variant_rank: 0,
        });
      });

      it("filters (ids, operators, q, across links) and pages with skip, take and order", async () => {
        const q = query();
        const some = await q.graph({
          entity: "product",
          fields: ["id"],
          pagination: { take: 3, order: { title: "ASC" } },
        });
        const byIds = await q.graph({
          entity: "product",
          fields: ["title"],
          filters: { id: some.data.map((r) => r.id) },
        });
        expect(byIds.data.map((r) => r.title).sort()).toEqual(["Thing 00", "Thing 01", "Thing 02"]);
        const acme = await q.graph({
          entity: "product",
          fields: ["title", "brand.name"],
          filters: { brand: { name: "Acme" }, status: "published", title: { $ilike: "thing 1%" } },
        });
        expect(acme.data.map((r) => r.title)).toEqual(["Thing 12", "Thing 18"]);
        const searched = await q.graph({ entity: "product", fields: ["title"], filters: { q: "thing 5" } });
        expect(searched.metadata.count).toBe(10);
        const page = await q.graph({
          entity: "product",
          fields: ["title", "brand.name"],
          pagination: { skip: 28, take: 4, order: { "brand.name": "DESC", title: "ASC" } },
        });
        expect(page.metadata).toEqual({ count: 60, skip: 28, take: 4 });
        expect(page.data.map((r) => [r.title, (r.brand as { name: string }).name])).toEqual([
          ["Thing 57", "Zeta"],
          ["Thing 59", "Zeta"],
          ["Thing 00", "Acme"],
          ["Thing 02", "Acme"],
        ]);
        const all = await q.graph({ entity: "product", fields: ["id"] });
        expect(all.data).toHaveLength(60);
      });

      it("reads a link's extra columns through its entry point", async () => {
        const [first] = (await query().graph({ entity: "product", fields: ["id"], filters: { title: "Thing 07" } }))
          .data;
        const { data } = await query().graph({
          entity: productBrandLink.entryPoint,
          fields: ["metadata", "product.*", "brand.*"],
          filters: { product_id: first?.id },
        });
        expect(data).toEqual([
          {
            metadata: { i: 7 },
            product: expect.objectContaining({ id: first?.id, title: "Thing 07" }),
            brand: expect.objectContaining({ name: "Zeta" }),
          },
        ]);
        const brands = await query().graph({
          entity: "brand",
          fields: ["name", "products.title"],
          filters: { handle: "acme" },
        });
        expect((brands.data[0]?.products as unknown[]).length).toBe(30);
      });

      it("passes context down to resolvers and honours withDeleted", async () => {
        const context = { variants: { calculated_price: { region_id: "reg_1", currency_code: "eur" } } };
        const { data } = await query().graph({
          entity: "product",
          fields: ["title", "query_context_echo"],
          filters: { title: "Thing 01" },
          context,
        });
        expect(data[0]?.query_context_echo).toEqual(context);
        const product = getContainer().resolve("product");
        const [gone] = await product.listProducts({ title: "Thing 59" });
        await product.softDeleteProducts([gone?.id as string]);
        expect(
          (await query().graph({ entity: "product", fields: ["id"], filters: { title: "Thing 59" } })).data,
        ).toEqual([]);
        expect(
          (
            await query().graph({
              entity: "product",
              fields: ["id"],
              filters: { title: "Thing 59" },
              withDeleted: true,
            })
          ).data,
        ).toEqual([{ id: gone?.id }]);
        await product.restoreProducts([gone?.id as string]);
      });

      it("costs a constant number of SQL statements per page", async () => {
        const db = getContainer().resolve("db");
        const cost = async (take: number) => {
          db.resetQueryCount();
          const { data } = await query().graph({
            entity: "product",
            fields: ["title", "variants.*", "brand.*", "brand.products.title"],
            pagination: { take },
          });
          expect(data).toHaveLength(take);
          return db.queryCount();
        };
        const five = await cost(5);
        expect(await cost(50)).toBe(five);
      });

      it("names unknown entities, fields, filters and orders in typed errors", async () => {
        const q = query();
        const entity = await failure(q.graph({ entity: "spaceship", fields: ["id"] }));
        expect([entity.type, entity.message]).toEqual(["invalid_data", expect.stringContaining('"spaceship"')]);
        const field = await failure(q.graph({ entity: "product", fields: ["id", "brand.colour"] }));
        expect(field.message).toContain('"brand.colour"');
        const filter = await failure(q.graph({ entity: "product", filters: { colour: "red" } }));
        expect(filter.message).toContain('"colour"');
        const order = await failure(q.graph({ entity: "product", pagination: { order: { colour: "ASC" } } }));
        expect(order.message).toContain('"colour"');
        const badId = await failure(q.graph({ entity: "brand", fields: ["id"], pagination: { take: -1 } }));
        expect(badId.type).toBe("invalid_data");
      });
    });
  },
});
