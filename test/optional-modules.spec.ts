import { describe, expect, it } from "vitest";
import { resolveConfig } from "../src/framework/config/load-config.ts";
import { moduleEntries } from "../src/framework/modules/load-modules.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { defaultModules, Modules } from "../src/modules/index.ts";

// The default modules come from src/modules/index.ts, not from the kernel; a project leaves one
// out with `disable: true` and boots without it: no service, no types, no mutations.
describe("the default module list", () => {
  it("is the project's, with options merged by path and disabled entries left out", async () => {
    const config = resolveConfig(
      {
        modules: [
          { resolve: "modules/tax", disable: true },
          { resolve: "./modules/product", options: { a: 1 } },
          { resolve: "./modules/hello" },
        ],
      },
      {},
    );
    const entries = await moduleEntries(config);
    const paths = entries.map((e) => e.resolve);
    expect(paths).toEqual([
      ...defaultModules.map((m) => m.resolve).filter((p) => p !== "./modules/tax"),
      "./modules/hello",
    ]);
    expect(entries.find((e) => e.resolve === "./modules/product")?.options).toEqual({ a: 1 });
  });
});

integrationTestRunner({
  config: { modules: [{ resolve: "./modules/tax", disable: true }] },
  testSuite: ({ api, getApp, getContainer }) => {
    describe("an app without the tax module", () => {
      it("boots with no tax service, types or mutations", () => {
        expect(getContainer().hasRegistration(Modules.TAX)).toBe(false);
        const schema = getApp().schema;
        for (const type of ["TaxRate", "TaxRegion", "CreateTaxRateInput", "TaxRatePayload"])
          expect(schema.getType(type)).toBeUndefined();
        expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).not.toContain("taxRates");
        const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
        expect(mutations.filter((name) => /tax/i.test(name))).toEqual([]);
        // The rest of the write API is there: a product mutation from src/api/graphql/product.
        expect(mutations).toContain("createProduct");
      });

      it("serves the other modules' reads and writes", async () => {
        const created = await api.graphql(
          `mutation { createRegion(input: { name: "EU", currencyCode: "eur" }) { region { id name } userErrors { message } } }`,
        );
        expect(created.errors).toBeUndefined();
        expect(created.data).toMatchObject({ createRegion: { region: { name: "EU" }, userErrors: [] } });
        const read = await api.graphql(`{ regions(first: 5) { totalCount edges { node { name } } } }`);
        expect(read.errors).toBeUndefined();
        expect(read.data).toEqual({ regions: { totalCount: 1, edges: [{ node: { name: "EU" } }] } });
      });
    });
  },
});
