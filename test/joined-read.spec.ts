import { expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../src/framework/test-utils/runners.ts";
import type ProductModuleService from "../src/modules/product/service.ts";

// relationLoadStrategy "join" (src/framework/modules/joined-read.ts) reads a record and its
// relations in one statement; its rows must be the ones Prisma's one query per relation gives,
// through a foreign key either way and through Prisma's implicit many-to-many table.
moduleIntegrationTestRunner<ProductModuleService>({
  moduleName: "product",
  resolve: "./modules/product",
  testSuite: ({ service }) => {
    it("answers what Prisma's include does: many-to-many, nested lists, soft-deleted rows left out", async () => {
      const [shoes, shirts, gone] = await service.createCategoryNodes([
        { name: "Shoes", handle: "shoes" },
        { name: "Shirts", handle: "shirts" },
        { name: "Gone", handle: "gone" },
      ]);
      const [product, other] = await service.createProductTrees([
        {
          title: "Runner",
          category_ids: [shoes?.id ?? "", shirts?.id ?? "", gone?.id ?? ""],
          options: [{ title: "Size", values: ["S", "M"] }],
          variants: [
            { title: "S", options: { Size: "S" } },
            { title: "M", options: { Size: "M" } },
          ],
        },
        { title: "Plain", category_ids: [] },
      ]);
      await service.softDeleteProductCategories(gone?.id ?? "");
      const ids = [product?.id ?? "", other?.id ?? ""];
      const relations = ["categories", "variants.options", "options.values"];
      const byQuery = await service.listProducts({ id: ids }, { relations });
      const db = (service as unknown as { db: { resetQueryCount(): void; queryCount(): number } }).db;
      db.resetQueryCount();
      const byJoin = await service.listProducts({ id: ids }, { relations, relationLoadStrategy: "join" });
      expect(db.queryCount()).toBe(1);
      const byId = <T extends { id: string }>(rows: T[] | undefined) =>
        [...(rows ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
      const normal = (rows: typeof byQuery) =>
        byId(rows).map((p) => ({
          ...p,
          categories: byId(p.categories),
          variants: byId(p.variants).map((v) => ({ ...v, options: byId(v.options) })),
          options: byId(p.options).map((o) => ({ ...o, values: byId(o.values) })),
        }));
      expect(normal(byJoin)).toEqual(normal(byQuery));
      expect(
        byJoin
          .find((p) => p.id === product?.id)
          ?.categories?.map((c) => c.name)
          .sort(),
      ).toEqual(["Shirts", "Shoes"]);
      // withDeleted keeps the soft-deleted category, as Prisma's include then does.
      const all = await service.listProducts(
        { id: product?.id ?? "" },
        { relations: ["categories"], withDeleted: true, relationLoadStrategy: "join" },
      );
      expect(all[0]?.categories).toHaveLength(3);
      // A filter other than keys: the page of keys, then the joined rows, in the asked order.
      const page = await service.listProducts(
        { title: ["Runner", "Plain"] },
        { relations: ["categories"], order: { title: "ASC" }, relationLoadStrategy: "join" },
      );
      expect(page.map((p) => [p.title, p.categories?.length])).toEqual([
        ["Plain", 0],
        ["Runner", 2],
      ]);
    });
  },
});
