import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

// Connections page by keyset cursors (the sort key plus the id): a record inserted between two
// page fetches never repeats (or hides) an item on the next page, whatever the sort and its ties.
const PAGE = `query Page($first: Int, $after: String, $last: Int, $before: String, $sort: [ProductSort!]) {
  products(search: "kset", first: $first, after: $after, last: $last, before: $before, sort: $sort) {
    edges { cursor node { id title } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
type Page = {
  products: {
    edges: { cursor: string; node: { id: string; title: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
};
type Sort = { field: string; direction: "ASC" | "DESC" }[];

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const tie = new Date("2026-01-01T00:00:00.000Z");
    let serial = 0;
    const create = async (title: string, createdAt = tie) => {
      serial += 1;
      const handle = `kset-${serial}`;
      await getContainer().resolve("product").createProducts({ title, handle });
      // Creation times are the server's: set them to make ties.
      await getContainer()
        .resolve("db")
        .prisma.product.updateMany({ where: { handle }, data: { created_at: createdAt } });
    };
    const page = async (variables: Record<string, unknown>) => {
      const res = await api.graphql<Page, Record<string, unknown>>(PAGE, variables);
      expect(res.errors).toBeUndefined();
      if (!res.data) throw new Error("no data");
      return res.data.products;
    };
    /** Pages through everything two at a time, inserting `insert()` after the first page. */
    const walk = async (sort: Sort, insert: () => Promise<unknown>) => {
      const seen: string[] = [];
      let after: string | null | undefined;
      for (let i = 0; ; i += 1) {
        const p = await page({ first: 2, after, sort });
        seen.push(...p.edges.map((e) => e.node.id));
        if (i === 0) await insert();
        if (!p.pageInfo.hasNextPage) return seen;
        after = p.pageInfo.endCursor;
      }
    };

    describe("keyset cursors", () => {
      it("never repeats an item when a product is inserted between two page fetches, both directions, with ties", async () => {
        // Five products with the same title and creation time: only the id orders them.
        for (let i = 0; i < 5; i += 1) await create("Kset Tie");
        const cases: [Sort, string, Date][] = [
          [[{ field: "TITLE", direction: "ASC" }], "Kset A", tie],
          [[{ field: "TITLE", direction: "DESC" }], "Kset Z", tie],
          [[{ field: "CREATED_AT", direction: "ASC" }], "Kset Early", new Date("2025-01-01T00:00:00.000Z")],
          [[{ field: "CREATED_AT", direction: "DESC" }], "Kset Late", new Date("2027-01-01T00:00:00.000Z")],
        ];
        for (const [sort, title, createdAt] of cases) {
          const before = (await page({ first: 50, sort })).edges.map((e) => e.node.id);
          // The inserted product sorts before the cursor: an offset would now repeat an item.
          const seen = await walk(sort, () => create(title, createdAt));
          expect({ sort, repeated: seen.length - new Set(seen).size }).toEqual({ sort, repeated: 0 });
          expect(seen.filter((id) => before.includes(id))).toEqual(before);
        }
      });

      it("pages backwards with last/before to the same items, in the same order", async () => {
        const sort: Sort = [{ field: "TITLE", direction: "ASC" }];
        const all = (await page({ first: 50, sort })).edges;
        const tail = await page({ last: 2, sort });
        expect(tail.edges.map((e) => e.node.id)).toEqual(all.slice(-2).map((e) => e.node.id));
        expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
        const previous = await page({ last: 2, before: tail.pageInfo.startCursor, sort });
        expect(previous.edges.map((e) => e.node.id)).toEqual(all.slice(-4, -2).map((e) => e.node.id));
      });

      it("refuses first or last above 250, a forged cursor and a cursor of another sort as BAD_USER_INPUT", async () => {
        for (const variables of [
          { first: 251 },
          { last: 1000 },
          { first: -1 },
          { first: 2, after: "bm90LWEtY3Vyc29y" },
        ]) {
          const res = await api.graphql(PAGE, variables);
          expect({ variables, code: res.errors?.[0]?.extensions?.code }).toEqual({ variables, code: "BAD_USER_INPUT" });
        }
        const byTitle = await page({ first: 1, sort: [{ field: "TITLE", direction: "ASC" }] });
        const res = await api.graphql(PAGE, {
          first: 1,
          after: byTitle.pageInfo.endCursor,
          sort: [{ field: "HANDLE", direction: "ASC" }],
        });
        expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      });

      it("answers node(id) of an unknown id with null (Relay), not an error", async () => {
        const res = await api.graphql<{ node: unknown }, { id: string }>("query($id: ID!) { node(id: $id) { id } }", {
          id: "prod_01ARZ3NDEKTSV4RRFFQ69G5FAV",
        });
        expect(res.errors?.map((e) => e.message)).toBeUndefined();
        expect(res.data?.node).toBeNull();
      });

      it("counts only when totalCount is selected: one SQL statement fewer per page without it", async () => {
        const db = getContainer().resolve("db");
        const statements = async (query: string) => {
          await api.graphql(query);
          db.resetQueryCount();
          await api.graphql(query);
          return db.queryCount();
        };
        const withCount = await statements(
          '{ products(search: "kset", first: 3) { totalCount edges { node { id } } } }',
        );
        const without = await statements('{ products(search: "kset", first: 3) { edges { node { id } } } }');
        expect(without).toBe(withCount - 1);
      });
    });
  },
});
