import path from "node:path";
import { describe, expect, it } from "vitest";
import { extensionDirs, projectPaths, projectRoot } from "../../../src/framework/paths.ts";
import BrandModule from "../src/modules/brand/index.ts";
import ProductModule from "../../../src/modules/product/index.ts";
import { defineLink } from "../../../src/framework/links/define-link.ts";
import { destructiveStatements, linksSchemaOutOfDate } from "../../../src/framework/links/generate-links.ts";
import { linkIndexes, linkTablesIn, renderLinksPrisma } from "../../../src/framework/links/prisma-schema.ts";
import { splitStatements } from "../../../src/framework/database/migration-sql.ts";
import productBrand from "../src/links/product-brand.ts";

const product = ProductModule.linkable.product;
const brand = BrandModule.linkable.brand;

describe("link tables", () => {
  it("names the link, its table and its id columns after the two linkables", () => {
    expect(productBrand.entryPoint).toBe("product_brand");
    expect(productBrand.table).toBe("link_product_brand");
    expect([productBrand.left.column, productBrand.right.column]).toEqual(["product_id", "brand_id"]);
  });

  it("makes uniqueness match the cardinality among live rows", () => {
    const oneToOne = linkIndexes(defineLink(product, brand));
    expect(oneToOne).toEqual([
      expect.stringContaining(`("product_id") WHERE "deleted_at" IS NULL`),
      expect.stringContaining(`("brand_id") WHERE "deleted_at" IS NULL`),
    ]);
    // A brand has many products: a product appears once, a brand many times.
    expect(linkIndexes(defineLink({ linkable: product, isList: true }, brand))).toEqual([
      expect.stringContaining(`("product_id")`),
    ]);
    expect(linkIndexes(defineLink({ linkable: product, isList: true }, { linkable: brand, isList: true }))).toEqual([]);
  });

  it("generates plain id columns, extra columns, timestamps and indexes, never a relation", () => {
    const schema = renderLinksPrisma([
      defineLink(product, brand, {
        database: {
          table: "product_brand_custom",
          extraColumns: {
            rank: { type: "integer", nullable: false, defaultValue: 0 },
            note: { type: "text", defaultValue: "x" },
          },
        },
      }),
    ]);
    expect(schema).toContain("rank       Int @default(0)");
    expect(schema).toContain('note       String? @default("x")');
    expect(schema).toMatch(
      /@@id\(\[product_id, brand_id\]\)[\s\S]*@@index\(\[product_id\]\)[\s\S]*@@index\(\[brand_id\]\)/,
    );
    expect(schema).toContain("deleted_at DateTime? @db.Timestamptz(3)");
    expect(schema).not.toContain("@relation");
    expect(linkTablesIn(schema)).toEqual(["product_brand_custom"]);
    expect(
      renderLinksPrisma([defineLink({ linkable: brand, field: "featured_product_id" }, product, { readOnly: true })]),
    ).not.toContain("model ");
  });

  it("refuses unusable definitions", () => {
    expect(() => defineLink(product, product)).toThrow(/two different models/);
    expect(() => defineLink(product, brand, { readOnly: true })).toThrow(/field/);
    expect(() => defineLink(product, brand, { database: { extraColumns: { product_id: { type: "text" } } } })).toThrow(
      /clash/,
    );
  });

  it("spots the statements that lose data", () => {
    const statements = splitStatements(
      `-- DropTable\nDROP TABLE "link_a";\n\n-- AlterTable\nALTER TABLE "link_b" DROP COLUMN "metadata";\n\n-- AlterTable\nALTER TABLE "link_b" ADD COLUMN "rank" INTEGER;`,
    );
    expect(destructiveStatements(statements).map((s) => s.table)).toEqual(["link_a", "link_b"]);
  });

  it("has links.prisma in step with src/links, the product's and this project's", async () => {
    const dirs = extensionDirs("links", projectPaths("examples/seed"));
    expect(dirs.map((dir) => path.relative(projectRoot, dir))).toEqual(["src/links", "examples/seed/src/links"]);
    expect(await linksSchemaOutOfDate(dirs)).toBe(false);
  });
});
