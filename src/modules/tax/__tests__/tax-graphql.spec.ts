import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../../../framework/test-utils/runners.ts";
import { CreateTaxRateMutation, CreateTaxRegionMutation, TaxLinesQuery } from "../../../../test/operations/catalog.ts";

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("tax over GraphQL", () => {
      it("creates country and province regions with rates and answers tax lines", async () => {
        const us = await api.graphql(CreateTaxRegionMutation, {
          input: { countryCode: "US", defaultTaxRate: { rate: "2", code: "US", name: "Federal" } },
        });
        expect(us.data?.createTaxRegion.taxRegion).toMatchObject({
          countryCode: "us",
          provinceCode: null,
          taxRates: [{ rate: "2", code: "US", isDefault: true }],
        });
        const ca = await api.graphql(CreateTaxRegionMutation, {
          input: {
            countryCode: "us",
            provinceCode: "US-CA",
            defaultTaxRate: { rate: "7.25", code: "CA", name: "California", isCombinable: true },
          },
        });
        expect(ca.data?.createTaxRegion.userErrors).toEqual([]);
        const rule = await api.graphql(CreateTaxRateMutation, {
          input: {
            taxRegionId: us.data?.createTaxRegion.taxRegion?.id as string,
            code: "FOOD",
            name: "Food",
            rate: "0.5",
            rules: [{ reference: "PRODUCT_TYPE", referenceId: "ptyp_food" }],
          },
        });
        expect(rule.data?.createTaxRate.taxRate).toMatchObject({
          rate: "0.5",
          rules: [{ reference: "product_type", referenceId: "ptyp_food" }],
        });
        const lines = await api.graphql(TaxLinesQuery, {
          items: [
            { id: "li_1", productId: "prod_1" },
            { id: "li_2", productId: "prod_2", productTypeId: "ptyp_food" },
          ],
          address: { countryCode: "us", provinceCode: "us-ca" },
        });
        expect(lines.data?.taxLines.map((l) => `${l.itemId}:${l.code}:${l.rate}`).sort()).toEqual([
          "li_1:CA:7.25",
          "li_1:US:2",
          "li_2:CA:7.25",
          "li_2:FOOD:0.5",
        ]);
      });

      it("refuses a duplicate region, an orphan province, a negative rate and a second default, writing nothing", async () => {
        const tax = getContainer().resolve("tax");
        const [, regionsBefore] = await tax.listAndCountTaxRegions({}, { withDeleted: true });
        const [, ratesBefore] = await tax.listAndCountTaxRates({}, { withDeleted: true });
        const dup = await api.graphql(CreateTaxRegionMutation, { input: { countryCode: "us" } });
        expect(dup.data?.createTaxRegion.userErrors[0]).toMatchObject({
          code: "DUPLICATE",
          field: ["input", "countryCode"],
        });
        const orphan = await api.graphql(CreateTaxRegionMutation, {
          input: { countryCode: "ca", provinceCode: "ca-qc" },
        });
        expect(orphan.data?.createTaxRegion.userErrors[0]).toMatchObject({
          code: "INVALID_DATA",
          field: ["input", "parentId"],
        });
        const negative = await api.graphql(CreateTaxRegionMutation, {
          input: { countryCode: "ca", defaultTaxRate: { rate: "-5", code: "GST", name: "GST" } },
        });
        expect(negative.data?.createTaxRegion.userErrors[0]).toMatchObject({
          code: "INVALID_DATA",
          field: ["input", "defaultTaxRate", "rate"],
        });
        const [us] = await tax.listTaxRegions({ country_code: "us", province_code: null });
        const second = await api.graphql(CreateTaxRateMutation, {
          input: { taxRegionId: us?.id as string, code: "X", name: "X", rate: "3", isDefault: true },
        });
        expect(second.data?.createTaxRate.userErrors[0]).toMatchObject({
          code: "DUPLICATE",
          field: ["input", "isDefault"],
        });
        const tooHigh = await api.graphql(CreateTaxRateMutation, {
          input: { taxRegionId: us?.id as string, code: "X", name: "X", rate: "101" },
        });
        expect(tooHigh.data?.createTaxRate.userErrors[0]).toMatchObject({
          code: "INVALID_DATA",
          field: ["input", "rate"],
        });
        const [, regionsAfter] = await tax.listAndCountTaxRegions({}, { withDeleted: true });
        const [, ratesAfter] = await tax.listAndCountTaxRates({}, { withDeleted: true });
        expect([regionsAfter, ratesAfter]).toEqual([regionsBefore, ratesBefore]);
      });
    });
  },
});
