import { beforeAll, expect, it } from "vitest";
import { createPublishableKey } from "../../../../../../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../../../../../../src/framework/test-utils/runners.ts";

// The review module was written from the README's "Add a module" steps alone (models, service,
// index, config, migration; no GraphQL code): admins read it through GraphQL and query.graph.
const Reviews = `query ($filter: ReviewFilter, $sort: [ReviewSort!], $search: String) {
  reviews(first: 10, filter: $filter, sort: $sort, search: $search) { totalCount edges { node { id title rating content } } }
}`;
type ReviewsResult = {
  reviews: {
    totalCount: number;
    edges: { node: { id: string; title: string; rating: number; content: string | null } }[];
  };
};

integrationTestRunner({
  project: "examples/seed",
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await getContainer()
        .resolve("review")
        .createReviews([
          { title: "Great shirt", rating: 5, content: "Soft and warm" },
          { title: "Too small", rating: 2, content: null },
          { title: "Fine shirt", rating: 4, content: "Does the job" },
        ]);
    });

    it("is a root connection with filter, sort, search and totalCount, and a Node", async () => {
      const res = await api.graphql<ReviewsResult, Record<string, unknown>>(Reviews, {
        filter: { rating: { gte: 4 } },
        sort: [{ field: "RATING", direction: "ASC" }],
        search: "shirt",
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.reviews.totalCount).toBe(2);
      expect(res.data?.reviews.edges.map((e) => e.node.title)).toEqual(["Fine shirt", "Great shirt"]);
      const id = res.data?.reviews.edges[0]?.node.id;
      const node = await api.graphql<{ node: { title: string } | null }, Record<string, unknown>>(
        "query ($id: ID!) { node(id: $id) { ... on Review { title } } }",
        { id },
      );
      expect(node.data?.node?.title).toBe("Fine shirt");
    });

    it("is a query.graph entity", async () => {
      const { data, metadata } = await getContainer()
        .resolve("query")
        .graph({
          entity: "review",
          fields: ["title", "rating"],
          filters: { rating: { $lt: 5 } },
          pagination: { order: { rating: "DESC" } },
        });
      expect(metadata.count).toBe(2);
      expect(data).toEqual([
        { id: expect.any(String), title: "Fine shirt", rating: 4 },
        { id: expect.any(String), title: "Too small", rating: 2 },
      ]);
    });

    it("is admin data: a storefront is refused", async () => {
      const storefront = api.as({ "x-publishable-api-key": await createPublishableKey(api) });
      const res = await storefront.graphql<ReviewsResult, Record<string, unknown>>(Reviews, {});
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });
  },
});
