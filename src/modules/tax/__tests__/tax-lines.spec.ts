import { expect, it } from "vitest";
import { calculateAmountsWithTax } from "../../../framework/money/index.ts";
import { moduleIntegrationTestRunner } from "../../../framework/test-utils/runners.ts";
import type { ItemTaxLine, TaxProvider } from "../providers/types.ts";
import type TaxModuleService from "../service.ts";

const flatProvider: TaxProvider = {
  identifier: "tp_flat",
  async getTaxLines(itemLines) {
    return itemLines.map(({ line_item }) => ({
      rate_id: "flat",
      rate: "1",
      code: "FLAT",
      name: "Flat",
      line_item_id: line_item.id,
      provider_id: "tp_flat",
    }));
  },
};

moduleIntegrationTestRunner<TaxModuleService>({
  moduleName: "tax",
  resolve: "./modules/tax",
  moduleOptions: { providers: [flatProvider] },
  testSuite: ({ service, db }) => {
    const item = (id: string, product_id = "prod_x", product_type_id: string | null = null) => ({
      id,
      product_id,
      product_type_id,
      quantity: 1,
      unit_price: "100",
      currency_code: "usd",
    });
    const summary = (lines: unknown[]) =>
      (lines as ItemTaxLine[]).map((l) => `${l.line_item_id}:${l.code}:${l.rate}`).sort();

    it("uses the country's default rate, with rules for products and product types first", async () => {
      const [de] = await service.createTaxRegionsWithRates([
        { country_code: "DE", default_tax_rate: { rate: "19", code: "VAT", name: "Standard" } },
      ]);
      await service.createTaxRatesWithRules([
        {
          tax_region_id: de?.id as string,
          rate: 7,
          code: "VAT7",
          name: "Books",
          rules: [{ reference: "product_type", reference_id: "ptyp_books" }],
        },
        {
          tax_region_id: de?.id as string,
          rate: "0",
          code: "VAT0",
          name: "Exempt",
          rules: [{ reference: "product", reference_id: "prod_exempt" }],
        },
      ]);
      const lines = await service.getTaxLines(
        [item("a"), item("b", "prod_book", "ptyp_books"), item("c", "prod_exempt", "ptyp_books")],
        { address: { country_code: "de" } },
      );
      expect(summary(lines)).toEqual(["a:VAT:19", "b:VAT7:7", "c:VAT0:0"]);
      expect(lines[0]).toMatchObject({ provider_id: "tp_system", rate_id: expect.stringMatching(/^txr_/) });
      expect(await service.getTaxLines([item("a")], { address: { country_code: "fr" } })).toEqual([]);
    });

    it("province rates override the country's, or combine with them when combinable", async () => {
      const [us] = await service.createTaxRegionsWithRates([
        { country_code: "us", default_tax_rate: { rate: "2", code: "US", name: "Federal" } },
      ]);
      await service.createTaxRegionsWithRates([
        {
          country_code: "us",
          province_code: "us-ca",
          default_tax_rate: { rate: "7.25", code: "CA", name: "California", is_combinable: true },
        },
        {
          country_code: "us",
          province_code: "us-ny",
          parent_id: us?.id,
          default_tax_rate: { rate: "4", code: "NY", name: "New York" },
        },
        { country_code: "us", province_code: "us-or" },
      ]);
      const at = async (province: string | null) =>
        summary(await service.getTaxLines([item("v")], { address: { country_code: "us", province_code: province } }));
      expect(await at("us-ca")).toEqual(["v:CA:7.25", "v:US:2"]);
      expect(await at("US-NY")).toEqual(["v:NY:4"]);
      expect(await at("ny")).toEqual(["v:NY:4"]);
      expect(await at("us-or")).toEqual(["v:US:2"]);
      expect(await at(null)).toEqual(["v:US:2"]);

      const lines = await service.getTaxLines([item("v")], { address: { country_code: "us", province_code: "us-ca" } });
      expect(
        calculateAmountsWithTax({ taxLines: lines, amount: "100", includesTax: false, currencyCode: "usd" }),
      ).toEqual({ priceWithTax: "109.25", priceWithoutTax: "100" });
    });

    it("hands the rates to the region's provider", async () => {
      await service.createTaxRegionsWithRates([
        { country_code: "gb", provider_id: "tp_flat", default_tax_rate: { rate: "20", code: "VAT", name: "VAT" } },
      ]);
      expect(summary(await service.getTaxLines([item("x")], { address: { country_code: "gb" } }))).toEqual([
        "x:FLAT:1",
      ]);
    });

    it("refuses bad regions and rates with typed errors", async () => {
      await expect(service.createTaxRegionsWithRates([{ country_code: "de" }])).rejects.toMatchObject({
        type: "duplicate_error",
      });
      await expect(
        service.createTaxRegionsWithRates([{ country_code: "xx", province_code: "xx-1" }]),
      ).rejects.toMatchObject({ type: "invalid_data", field: ["0", "parentId"] });
      await expect(service.createTaxRegionsWithRates([{ country_code: "germany" }])).rejects.toMatchObject({
        type: "invalid_data",
      });
      await expect(
        service.createTaxRegionsWithRates([{ country_code: "it", provider_id: "tp_nope" }]),
      ).rejects.toMatchObject({ type: "invalid_data" });
      const [de] = await service.listTaxRegions({ country_code: "de", province_code: null });
      await expect(
        service.createTaxRatesWithRules([
          { tax_region_id: de?.id as string, rate: "-5", code: "NEG", name: "Negative" },
        ]),
      ).rejects.toMatchObject({ type: "invalid_data", field: ["0", "rate"] });
      await expect(
        service.createTaxRatesWithRules([
          { tax_region_id: de?.id as string, rate: "5", code: "D2", name: "Second default", is_default: true },
        ]),
      ).rejects.toMatchObject({ type: "duplicate_error" });
      expect(await service.listTaxRegions({ country_code: ["it", "xx"] })).toEqual([]);
    });

    it("costs the same number of SQL statements for 5 and 50 items, and none once the rates are cached", async () => {
      const cost = async (n: number, cold: boolean) => {
        // Any write through the service drops the rates it keeps per process (a selector matching nothing will do).
        if (cold) await service.updateTaxRegions({ selector: { country_code: "zz" }, data: { metadata: null } });
        const items = Array.from({ length: n }, (_, i) => item(`i${i}`, `prod_${i}`, i % 2 ? "ptyp_books" : null));
        db.resetQueryCount();
        const lines = await service.getTaxLines(items, { address: { country_code: "us", province_code: "us-ca" } });
        expect(lines).toHaveLength(2 * n);
        return db.queryCount();
      };
      const five = await cost(5, true);
      expect(await cost(50, true)).toBe(five);
      expect(five).toBeLessThanOrEqual(3);
      expect(await cost(50, false)).toBe(0);
    });
  },
});
