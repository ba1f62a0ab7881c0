import { beforeAll, describe, expect, it } from "vitest";
import type { Filters } from "../src/framework/modules/filters.ts";
import { createPublishableKey } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

// Every read compiles its filters with one compiler, so a filter answers the same rows whether a
// module calls its service, an admin or a storefront lists products, the list crosses a link or
// query.graph asks. Each case is checked against rows computed here from the seeded data, through
// every entry point, on NULL-bearing columns.

type Seeded = {
  title: string;
  subtitle: string | null;
  material: string | null;
  weight: number | null;
  giftcard: boolean;
};
const products: Seeded[] = [
  { title: "Alpha Shirt", subtitle: "soft", material: "cotton", weight: 100, giftcard: false },
  { title: "Beta Pants", subtitle: null, material: null, weight: 200, giftcard: false },
  { title: "Gamma 50% off", subtitle: "sale", material: "wool", weight: null, giftcard: false },
  { title: "delta", subtitle: null, material: "Cotton", weight: 300, giftcard: false },
  { title: "Epsilon_x", subtitle: "soft", material: null, weight: null, giftcard: true },
  { title: "Zeta", subtitle: "", material: "silk", weight: 50, giftcard: false },
];

interface Case {
  name: string;
  /** The GraphQL `ProductFilter`. */
  graphql: Record<string, unknown>;
  /** The same filter as module service filters (Medusa's shape). */
  service: Filters;
  /** Which seeded products match, decided here. */
  matches: (p: Seeded) => boolean;
}

const cases: Case[] = [
  {
    name: "eq",
    graphql: { material: { eq: "cotton" } },
    service: { material: "cotton" },
    matches: (p) => p.material === "cotton",
  },
  {
    name: "ne keeps NULL",
    graphql: { material: { ne: "cotton" } },
    service: { material: { $ne: "cotton" } },
    matches: (p) => p.material !== "cotton",
  },
  {
    name: "in",
    graphql: { material: { in: ["wool", "silk"] } },
    service: { material: ["wool", "silk"] },
    matches: (p) => p.material === "wool" || p.material === "silk",
  },
  {
    name: "nin keeps NULL",
    graphql: { material: { nin: ["wool", "silk"] } },
    service: { material: { $nin: ["wool", "silk"] } },
    matches: (p) => p.material !== "wool" && p.material !== "silk",
  },
  {
    name: "lt",
    graphql: { weight: { lt: 200 } },
    service: { weight: { $lt: 200 } },
    matches: (p) => p.weight !== null && p.weight < 200,
  },
  {
    name: "lte",
    graphql: { weight: { lte: 200 } },
    service: { weight: { $lte: 200 } },
    matches: (p) => p.weight !== null && p.weight <= 200,
  },
  {
    name: "gt",
    graphql: { weight: { gt: 100 } },
    service: { weight: { $gt: 100 } },
    matches: (p) => p.weight !== null && p.weight > 100,
  },
  {
    name: "gte",
    graphql: { weight: { gte: 100 } },
    service: { weight: { $gte: 100 } },
    matches: (p) => p.weight !== null && p.weight >= 100,
  },
  {
    name: "like with an inner %",
    graphql: { title: { like: "G%off" } },
    service: { title: { $like: "G%off" } },
    matches: (p) => /^G.*off$/.test(p.title),
  },
  {
    name: "like with _ and an escaped _",
    graphql: { title: { like: "%\\_%" } },
    service: { title: { $like: "%\\_%" } },
    matches: (p) => p.title.includes("_"),
  },
  {
    name: "like _ matches one character",
    graphql: { title: { like: "_eta" } },
    service: { title: { $like: "_eta" } },
    matches: (p) => /^.eta$/.test(p.title),
  },
  {
    name: "ilike",
    graphql: { material: { ilike: "cotton" } },
    service: { material: { $ilike: "cotton" } },
    matches: (p) => p.material?.toLowerCase() === "cotton",
  },
  {
    name: "isNull true",
    graphql: { subtitle: { isNull: true } },
    service: { subtitle: null },
    matches: (p) => p.subtitle === null,
  },
  {
    name: "isNull false (an empty string is a value)",
    graphql: { subtitle: { isNull: false } },
    service: { subtitle: { $ne: null } },
    matches: (p) => p.subtitle !== null,
  },
  {
    name: "boolean",
    graphql: { isGiftcard: { eq: true } },
    service: { is_giftcard: true },
    matches: (p) => p.giftcard,
  },
  {
    name: "and",
    graphql: { and: [{ material: { ilike: "cotton" } }, { weight: { gt: 150 } }] },
    service: { $and: [{ material: { $ilike: "cotton" } }, { weight: { $gt: 150 } }] },
    matches: (p) => p.material?.toLowerCase() === "cotton" && p.weight !== null && p.weight > 150,
  },
  {
    name: "or",
    graphql: { or: [{ weight: { isNull: true } }, { material: { eq: "silk" } }] },
    service: { $or: [{ weight: null }, { material: "silk" }] },
    matches: (p) => p.weight === null || p.material === "silk",
  },
  {
    name: "not keeps NULL",
    graphql: { not: { weight: { gt: 100 } } },
    service: { $not: { weight: { $gt: 100 } } },
    matches: (p) => !(p.weight !== null && p.weight > 100),
  },
  {
    name: "not of and",
    graphql: { not: { and: [{ subtitle: { eq: "soft" } }, { isGiftcard: { eq: false } }] } },
    service: { $not: { subtitle: "soft", is_giftcard: false } },
    matches: (p) => !(p.subtitle === "soft" && !p.giftcard),
  },
];

const titlesOf = (rows: { title: string }[]) => rows.map((r) => r.title).sort();
const ProductTitles =
  "query ($filter: ProductFilter) { products(first: 50, filter: $filter) { totalCount edges { node { title } } } }";
type ProductTitlesResult = { products: { totalCount: number; edges: { node: { title: string } }[] } };

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let channelId = "";
    let storefront: typeof api;
    // Scopes every list to this test's products (the suite's database has no others, but the
    // storefront and link paths must see exactly the same set).
    const mine = (f: Record<string, unknown>) => ({ and: [f, { handle: { like: "parity-%" } }] });

    beforeAll(async () => {
      const container = getContainer();
      const [channel] = await container.resolve("salesChannel").createSalesChannels([{ name: "Parity" }]);
      channelId = channel?.id ?? "";
      const created = await container.resolve("product").createProducts(
        products.map((p, i) => ({
          title: p.title,
          handle: `parity-${i}`,
          status: "published" as const,
          subtitle: p.subtitle,
          material: p.material,
          weight: p.weight,
          is_giftcard: p.giftcard,
        })),
      );
      await container
        .resolve("link")
        .create(created.map((p) => ({ product: { product_id: p.id }, salesChannel: { sales_channel_id: channelId } })));
      storefront = api.as({ "x-publishable-api-key": await createPublishableKey(api, [channelId]) });
    });

    describe("one filter, the same rows through every entry point", () => {
      it.each(cases)("$name", async ({ graphql, service, matches }) => {
        const expected = products
          .filter(matches)
          .map((p) => p.title)
          .sort();
        const container = getContainer();

        const viaService = await container
          .resolve("product")
          .listProducts({ $and: [service, { handle: { $like: "parity-%" } }] });
        expect(titlesOf(viaService), "module service").toEqual(expected);

        const admin = await api.graphql<ProductTitlesResult, Record<string, unknown>>(ProductTitles, {
          filter: mine(graphql),
        });
        expect(admin.errors, "admin").toBeUndefined();
        expect(titlesOf(admin.data?.products.edges.map((e) => e.node) ?? []), "admin").toEqual(expected);
        expect(admin.data?.products.totalCount, "admin count").toBe(expected.length);

        const store = await storefront.graphql<ProductTitlesResult, Record<string, unknown>>(ProductTitles, {
          filter: mine(graphql),
        });
        expect(store.errors, "storefront").toBeUndefined();
        expect(titlesOf(store.data?.products.edges.map((e) => e.node) ?? []), "storefront").toEqual(expected);
        expect(store.data?.products.totalCount, "storefront count").toBe(expected.length);

        const acrossLink = await api.graphql<ProductTitlesResult, Record<string, unknown>>(ProductTitles, {
          filter: mine({ and: [graphql, { salesChannels: { id: { eq: channelId } } }] }),
        });
        expect(titlesOf(acrossLink.data?.products.edges.map((e) => e.node) ?? []), "admin across a link").toEqual(
          expected,
        );

        const { data: graphRows } = await container.resolve("query").graph({
          entity: "product",
          fields: ["title"],
          filters: { $and: [service, { handle: { $like: "parity-%" } }] },
        });
        expect(titlesOf(graphRows as { title: string }[]), "query.graph").toEqual(expected);
      });
    });

    it("filters a list column the same through the service and its count", async () => {
      const apiKeys = getContainer().resolve("apiKey");
      const keys = await apiKeys.listApiKeys({ sales_channel_ids: channelId });
      expect(keys.map((k) => k.sales_channel_ids)).toEqual([[channelId]]);
      const [anyOf, anyOfCount] = await apiKeys.listAndCountApiKeys({ sales_channel_ids: [channelId, "sc_unknown"] });
      expect([anyOf.length, anyOfCount]).toEqual([1, 1]);
      const [noneOf] = await apiKeys.listAndCountApiKeys({ sales_channel_ids: { $nin: [channelId] } });
      expect(noneOf.every((k) => !k.sales_channel_ids.includes(channelId))).toBe(true);
    });

    it("refuses what no entry point can answer, with a typed error", async () => {
      const res = await api.graphql<ProductTitlesResult, Record<string, unknown>>(ProductTitles, {
        filter: { subtitle: { eq: "x", isNull: true } },
      });
      expect(res.errors?.[0]?.extensions?.code).toBe("INVALID_DATA");
      await expect(
        getContainer()
          .resolve("product")
          .listProducts({ metadata: { $eq: {} } }),
      ).rejects.toMatchObject({ type: "invalid_data" });
    });
  },
});
