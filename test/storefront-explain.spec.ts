import { describe, expect, it } from "vitest";
import { seedCatalogue } from "../bench/seed-catalogue.ts";
import { seedCommerce } from "../bench/seed-commerce.ts";
import { inBackgroundWork } from "../src/framework/database/background-work.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

// The storefront's priced page must not read a whole big table per request: each statement it
// sends is EXPLAINed (on the bench's catalogue, analysed as a live database would be) and a
// sequential scan of a table over BIG rows fails with the statement and the table.
const PRODUCTS = 300;
const BIG = 1_000;

const FullPage = /* GraphQL */ `
  query ExplainedPage($context: PriceContextInput) {
    products(first: 20) {
      totalCount
      edges { node { id title variants { id sku
        calculatedPrice(context: $context) { calculatedAmount calculatedAmountWithTax taxLines { rate } }
        availability { inventoryQuantity inStock }
      } } }
    }
  }`;

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

const seqScans = (node: PlanNode): string[] => [
  ...(node["Node Type"] === "Seq Scan" && node["Relation Name"] ? [node["Relation Name"]] : []),
  ...(node.Plans ?? []).flatMap(seqScans),
];

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("the storefront page's statements", () => {
      it("use indexes on every table over 1,000 rows", async () => {
        const db = getContainer().resolve("db");
        const { token, channelId } = await seedCatalogue(db, PRODUCTS);
        const { regionId } = await seedCommerce(db, channelId);
        const storefront = api.as({ "x-publishable-api-key": token });
        const statements: { query: string; params: unknown[] }[] = [];
        let recording = false;
        // The client is built with query events (Database.queryCount counts them); its type does not say so.
        const client = db.prisma as unknown as {
          $on(event: "query", listener: (e: { query: string; params: string }) => void): void;
        };
        client.$on("query", (event) => {
          if (recording && !inBackgroundWork())
            statements.push({ query: event.query, params: JSON.parse(event.params) as unknown[] });
        });
        // The page once cold (every statement it can send) and once warm.
        recording = true;
        for (let i = 0; i < 2; i++) {
          const res = await storefront.graphql<{ products: { edges: unknown[] } }, { context: { regionId: string } }>(
            FullPage,
            { context: { regionId } },
          );
          expect(res.errors).toBeUndefined();
          expect(res.data?.products.edges).toHaveLength(20);
        }
        recording = false;
        // Fresh statistics for this test's own schema (the planner and reltuples read them).
        await db.prisma.$executeRawUnsafe("ANALYZE");
        const big = new Set(
          (
            await db.prisma.$queryRawUnsafe<{ relname: string }[]>(
              `SELECT c.relname::text AS relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.reltuples > ${BIG}`,
            )
          ).map((r) => r.relname),
        );
        expect(big.has("price")).toBe(true);
        const scans: string[] = [];
        for (const { query, params } of statements) {
          if (!/^\s*(WITH|SELECT)/i.test(query)) continue;
          // With sequential scans priced out, a Seq Scan left in the plan means no index can serve the
          // statement; otherwise PostgreSQL may rightly prefer one on a table of a few pages.
          const [row] = await db.prisma.$transaction(async (tx) => {
            await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
            return tx.$queryRawUnsafe<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
              `EXPLAIN (FORMAT JSON) ${query}`,
              ...params,
            );
          });
          const plan = row?.["QUERY PLAN"][0]?.Plan;
          for (const table of plan ? seqScans(plan) : [])
            if (big.has(table)) scans.push(`${table} in: ${query.replace(/\s+/g, " ").slice(0, 300)}`);
        }
        expect(scans).toEqual([]);
      });
    });
  },
});
