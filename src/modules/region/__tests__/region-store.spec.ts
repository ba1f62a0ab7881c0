import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../../../framework/test-utils/runners.ts";

integrationTestRunner({
  testSuite: ({ getContainer }) => {
    describe("currency, region and store services", () => {
      it("seeds the ISO currencies once, with their minor units", async () => {
        const currency = getContainer().resolve("currency");
        const rows = await currency.listCurrencies(
          { code: ["usd", "eur", "gbp", "dkk", "sek", "jpy", "kwd"] },
          { order: { code: "ASC" } },
        );
        expect(rows.map((c) => `${c.code}:${c.decimal_digits}`)).toEqual([
          "dkk:2",
          "eur:2",
          "gbp:2",
          "jpy:0",
          "kwd:3",
          "sek:2",
          "usd:2",
        ]);
        const [, before] = await currency.listAndCountCurrencies();
        expect(await currency.seedDefaultCurrencies()).toBe(0);
        const [, after] = await currency.listAndCountCurrencies();
        expect(after).toBe(before);
      });

      it("puts a country in at most one region", async () => {
        const region = getContainer().resolve("region");
        const [eu] = await region.createRegionsWithCountries([
          { name: "Europe", currency_code: "EUR", countries: ["DE", "fr"] },
        ]);
        expect(eu?.currency_code).toBe("eur");
        expect(eu?.countries?.map((c) => c.iso_2).sort()).toEqual(["de", "fr"]);
        await expect(
          region.createRegionsWithCountries([{ name: "Nordics", currency_code: "dkk", countries: ["dk", "de"] }]),
        ).rejects.toMatchObject({ type: "conflict", field: ["countries"] });
        expect(await region.listRegions({ name: "Nordics" })).toEqual([]);
        await expect(
          region.createRegionsWithCountries([{ name: "Bad", currency_code: "eur", countries: ["deu"] }]),
        ).rejects.toMatchObject({ type: "invalid_data" });
        const moved = await region.updateRegionWithCountries({ id: eu?.id as string, countries: ["de", "it"] });
        expect(moved.countries?.map((c) => c.iso_2).sort()).toEqual(["de", "it"]);
        const [nordics] = await region.createRegionsWithCountries([
          { name: "Nordics", currency_code: "dkk", countries: ["dk", "fr"] },
        ]);
        expect(nordics?.countries?.map((c) => c.iso_2).sort()).toEqual(["dk", "fr"]);
      });

      it("keeps the store's default currency among its supported currencies", async () => {
        const store = getContainer().resolve("store");
        const [created] = await store.createStoresWithCurrencies([
          { name: "Main", default_currency_code: "EUR", supported_currency_codes: ["eur", "usd"] },
        ]);
        expect(created?.supported_currencies?.map((c) => `${c.currency_code}:${c.is_default}`).sort()).toEqual([
          "eur:true",
          "usd:false",
        ]);
        await expect(
          store.updateStoreWithCurrencies({ id: created?.id as string, default_currency_code: "gbp" }),
        ).rejects.toMatchObject({ type: "invalid_data" });
        const updated = await store.updateStoreWithCurrencies({
          id: created?.id as string,
          default_currency_code: "usd",
          default_region_id: "reg_x",
        });
        expect(updated.supported_currencies?.find((c) => c.is_default)?.currency_code).toBe("usd");
        expect(updated.default_region_id).toBe("reg_x");
      });
    });
  },
});
