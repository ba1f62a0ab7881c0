import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { seedCatalogCommerce } from "../src/scripts/seed-catalog.ts";

integrationTestRunner({
  testSuite: ({ getContainer }) => {
    describe("demo commerce seed", () => {
      it("adds regions, a store, tax regions and a warehouse once, however often it runs", async () => {
        const container = getContainer();
        await seedCatalogCommerce(container);
        await seedCatalogCommerce(container);
        const regions = await container
          .resolve("region")
          .listRegions({}, { relations: ["countries"], order: { name: "ASC" } });
        expect(regions.map((r) => `${r.name}:${r.currency_code}`)).toEqual(["Europe:eur", "United States:usd"]);
        const prefs = await container.resolve("pricing").listPricePreferences({ attribute: "region_id" });
        expect(prefs.find((p) => p.value === regions[0]?.id)?.is_tax_inclusive).toBe(true);
        const stores = await container.resolve("store").listStores({}, { relations: ["supported_currencies"] });
        expect(stores).toHaveLength(1);
        expect(stores[0]?.default_region_id).toBe(regions[0]?.id);
        const lines = await container
          .resolve("tax")
          .getTaxLines([{ id: "v1", product_id: "p1" }], { address: { country_code: "us", province_code: "CA" } });
        expect(lines.map((l) => l.rate)).toEqual(["7.25"]);
        const de = await container
          .resolve("tax")
          .getTaxLines([{ id: "v1", product_id: "p1" }], { address: { country_code: "de" } });
        expect(de.map((l) => l.rate)).toEqual(["19"]);
        expect(
          await container.resolve("stockLocation").listStockLocations({ name: "European Warehouse" }),
        ).toHaveLength(1);
      });
    });
  },
});
