import { beforeAll, describe, expect, it } from "vitest";
import { createPublishableKey } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

// RegionCountry has no GraphQL code in the region module: its type, root list, filter, sort and
// query.graph entity come from its model, readable by admins only.
const Countries = `query ($filter: RegionCountryFilter, $sort: [RegionCountrySort!]) {
  countries(first: 10, filter: $filter, sort: $sort) { totalCount edges { node { id iso2 regionId region { name } } } }
}`;
type CountriesResult = {
  countries: {
    totalCount: number;
    edges: { node: { id: string; iso2: string; regionId: string; region: { name: string } } }[];
  };
};

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let regionId = "";
    beforeAll(async () => {
      const [region] = await getContainer()
        .resolve("region")
        .createRegionsWithCountries([{ name: "Nordics", currency_code: "dkk", countries: ["dk", "se", "no"] }]);
      regionId = region?.id ?? "";
    });

    describe("a model without GraphQL code", () => {
      it("is a root connection with filter, sort and totalCount for admins", async () => {
        const res = await api.graphql<CountriesResult, Record<string, unknown>>(Countries, {
          filter: { regionId: { eq: regionId }, not: { iso2: { eq: "se" } } },
          sort: [{ field: "ISO_2", direction: "DESC" }],
        });
        expect(res.errors).toBeUndefined();
        expect(res.data?.countries.totalCount).toBe(2);
        expect(res.data?.countries.edges.map((e) => e.node.iso2)).toEqual(["no", "dk"]);
        expect(res.data?.countries.edges[0]?.node.region.name).toBe("Nordics");
      });

      it("is a Node: node(id) finds it", async () => {
        const list = await api.graphql<CountriesResult, Record<string, unknown>>(Countries, {
          filter: { iso2: { eq: "dk" } },
        });
        const id = list.data?.countries.edges[0]?.node.id;
        const res = await api.graphql<{ node: { iso2: string } | null }, Record<string, unknown>>(
          "query ($id: ID!) { node(id: $id) { ... on RegionCountry { iso2 } } }",
          { id },
        );
        expect(res.data?.node?.iso2).toBe("dk");
      });

      it("is a query.graph entity", async () => {
        const { data, metadata } = await getContainer()
          .resolve("query")
          .graph({
            entity: "country",
            fields: ["iso_2", "region.*"],
            filters: { region_id: regionId },
            pagination: { order: { iso_2: "ASC" } },
          });
        expect(metadata.count).toBe(3);
        expect(data.map((c) => c.iso_2)).toEqual(["dk", "no", "se"]);
        expect((data[0]?.region as { name: string }).name).toBe("Nordics");
      });

      it("is admin data: a storefront and an anonymous caller are refused", async () => {
        const storefront = api.as({ "x-publishable-api-key": await createPublishableKey(api) });
        const store = await storefront.graphql<CountriesResult, Record<string, unknown>>(Countries, {});
        expect(store.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        const anonymous = await api.anonymous.graphql<CountriesResult, Record<string, unknown>>(Countries, {});
        expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      });
    });
  },
});
