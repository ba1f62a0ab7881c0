import { expect, it } from "vitest";
import { Prisma } from "../src/generated/prisma/client.ts";
import { defineLink } from "../src/framework/links/define-link.ts";
import { allLinks } from "../src/framework/links/registry.ts";
import { tableOf } from "../src/framework/modules/datamodel.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import ProductModule from "../src/modules/product/index.ts";
import PromotionModule from "../src/modules/promotion/index.ts";

// Raw SQL (link hops, storefront filters, keyset pages) names a model's table; a model mapped to
// another name (`@@map("promotion_campaign")` for Campaign) must be named by its real table.
integrationTestRunner({
  testSuite: ({ getContainer }) => {
    it("names every model's real table, and a link side carries it", async () => {
      const rows = await getContainer()
        .resolve("db")
        .prisma.$queryRawUnsafe<{ table_name: string }[]>(
          "SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = current_schema()",
        );
      const tables = new Set(rows.map((r) => r.table_name));
      // The app's links: their own tables and every model they join, plus a model mapped to another name.
      const models = [...allLinks().flatMap((l) => [l.left.model, l.right.model]), Prisma.ModelName.Campaign];
      expect(models.map(tableOf).filter((table) => !tables.has(table))).toEqual([]);
      expect(allLinks().filter((l) => !l.readOnly && !tables.has(l.table))).toEqual([]);
      for (const link of allLinks())
        expect([link.left.table, link.right.table]).toEqual([link.left.model, link.right.model].map(tableOf));
      const link = defineLink(PromotionModule.linkable.campaign, ProductModule.linkable.product);
      expect([link.left.table, link.right.table]).toEqual(["promotion_campaign", "product"]);
    });
  },
});
