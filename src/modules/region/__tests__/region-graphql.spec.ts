import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../../../framework/test-utils/runners.ts";
import {
  CreateRegionMutation,
  CreateStoreMutation,
  CurrenciesQuery,
  RegionsQuery,
  UpdateRegionMutation,
} from "../../../../test/operations/catalog.ts";

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("regions, stores and currencies over GraphQL", () => {
      it("lists the seeded currencies with their minor units", async () => {
        const res = await api.graphql(CurrenciesQuery, { search: "dinar" });
        expect(res.errors).toBeUndefined();
        const kwd = res.data?.currencies.edges.find((e) => e.node.code === "kwd");
        expect(kwd?.node.decimalDigits).toBe(3);
      });

      it("creates a region with countries and a tax-inclusive preference", async () => {
        const res = await api.graphql(CreateRegionMutation, {
          input: { name: "Europe", currencyCode: "EUR", countries: ["de", "FR"], isTaxInclusive: true },
        });
        expect(res.data?.createRegion.userErrors).toEqual([]);
        expect(res.data?.createRegion.region).toMatchObject({
          currencyCode: "eur",
          countries: ["de", "fr"],
          isTaxInclusive: true,
        });
        const list = await api.graphql(RegionsQuery, { filter: { country: "DE" } });
        expect(list.data?.regions.edges.map((e) => e.node.name)).toEqual(["Europe"]);
      });

      it("refuses an unknown currency, a country already in a region and malformed countries, writing nothing", async () => {
        const region = getContainer().resolve("region");
        const [, before] = await region.listAndCountRegions({}, { withDeleted: true });
        const unknown = await api.graphql(CreateRegionMutation, {
          input: { name: "Mars", currencyCode: "xyz", countries: ["mq"] },
        });
        expect(unknown.data?.createRegion).toMatchObject({
          region: null,
          userErrors: [
            { field: ["input", "currencyCode"], code: "INVALID_DATA", message: expect.stringContaining("xyz") },
          ],
        });
        const twice = await api.graphql(CreateRegionMutation, {
          input: { name: "Benelux", currencyCode: "eur", countries: ["nl", "de"] },
        });
        expect(twice.data?.createRegion.userErrors).toEqual([
          { field: ["input", "countries"], code: "CONFLICT", message: expect.stringContaining("de") },
        ]);
        const malformed = await api.graphql(CreateRegionMutation, {
          input: { name: "Bad", currencyCode: "eur", countries: ["deu"] },
        });
        expect(malformed.data?.createRegion.userErrors[0]).toMatchObject({
          field: ["input", "countries", "0"],
          code: "INVALID_DATA",
        });
        const [, after] = await region.listAndCountRegions({}, { withDeleted: true });
        expect(after).toBe(before);
        expect(await region.listCountries({ iso_2: ["nl", "mq"] })).toEqual([]);
      });

      it("moves countries between regions on update only when they are free", async () => {
        const created = await api.graphql(CreateRegionMutation, {
          input: { name: "Nordics", currencyCode: "dkk", countries: ["dk"] },
        });
        const id = created.data?.createRegion.region?.id as string;
        const taken = await api.graphql(UpdateRegionMutation, { input: { id, countries: ["dk", "fr"] } });
        expect(taken.data?.updateRegion.userErrors[0]?.code).toBe("CONFLICT");
        const ok = await api.graphql(UpdateRegionMutation, {
          input: { id, countries: ["dk", "se"], isTaxInclusive: false },
        });
        expect(ok.data?.updateRegion.region).toMatchObject({ countries: ["dk", "se"], isTaxInclusive: false });

        type Deleted = { deleteRegion: { deletedId: string | null; userErrors: unknown[] } };
        const deleted = await api.graphql<Deleted, { id: string }>(
          "mutation ($id: ID!) { deleteRegion(input: { id: $id }) { deletedId userErrors { code } } }",
          { id },
        );
        expect(deleted.data?.deleteRegion).toEqual({ deletedId: id, userErrors: [] });
        // The deleted region's countries are free again.
        const reused = await api.graphql(CreateRegionMutation, {
          input: { name: "Scandinavia", currencyCode: "sek", countries: ["se", "dk"] },
        });
        expect(reused.data?.createRegion.region?.countries).toEqual(["dk", "se"]);
        const again = await api.graphql<Deleted, { id: string }>(
          "mutation ($id: ID!) { deleteRegion(input: { id: $id }) { deletedId userErrors { code } } }",
          { id },
        );
        expect(again.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      });

      it("creates a store whose default currency is supported, and refuses unknown or unsupported ones", async () => {
        const ok = await api.graphql(CreateStoreMutation, {
          input: { name: "Main", defaultCurrencyCode: "eur", supportedCurrencyCodes: ["eur", "usd"] },
        });
        expect(ok.data?.createStore.store?.supportedCurrencies).toEqual([
          { currencyCode: "eur", isDefault: true },
          { currencyCode: "usd", isDefault: false },
        ]);
        const unknown = await api.graphql(CreateStoreMutation, {
          input: { name: "Bad", supportedCurrencyCodes: ["eur", "abc"] },
        });
        expect(unknown.data?.createStore.userErrors[0]).toMatchObject({
          code: "INVALID_DATA",
          field: ["input", "supportedCurrencyCodes"],
        });
        const unsupported = await api.graphql(CreateStoreMutation, {
          input: { name: "Bad", defaultCurrencyCode: "gbp", supportedCurrencyCodes: ["eur"] },
        });
        expect(unsupported.data?.createStore.userErrors[0]).toMatchObject({
          code: "INVALID_DATA",
          field: ["input", "defaultCurrencyCode"],
        });
        expect(await getContainer().resolve("store").listStores({ name: "Bad" }, { withDeleted: true })).toEqual([]);
      });
    });
  },
});
