import { describe, expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../../../framework/test-utils/runners.ts";
import type PricingModuleService from "../service.ts";

const day = 86_400_000;

moduleIntegrationTestRunner<PricingModuleService>({
  moduleName: "pricing",
  resolve: "./modules/pricing",
  testSuite: ({ service, db }) => {
    const region = "reg_01JAAAAAAAAAAAAAAAAAAAAAAA";
    const vip = "cusgroup_vip";

    async function priceSet(
      prices: Parameters<PricingModuleService["createPriceSetsWithPrices"]>[0][number]["prices"],
    ) {
      const [set] = await service.createPriceSetsWithPrices([{ prices }]);
      return set?.id as string;
    }

    describe("default prices", () => {
      it("picks the currency price, the region price in its region, and leaves out sets without a price", async () => {
        const id = await priceSet([
          { amount: "10", currency_code: "eur" },
          { amount: "12.5", currency_code: "eur", rules: { region_id: region } },
          { amount: "11", currency_code: "usd" },
        ]);
        const empty = await priceSet([{ amount: "5", currency_code: "usd" }]);
        const [eur] = await service.calculatePrices({ id: [id, empty] }, { context: { currency_code: "eur" } });
        expect(eur).toMatchObject({
          id,
          calculated_amount: "10",
          original_amount: "10",
          currency_code: "eur",
          is_calculated_price_price_list: false,
        });
        const inRegion = await service.calculatePrices(
          { id: [id, empty] },
          { context: { currency_code: "EUR", region_id: region } },
        );
        expect(inRegion).toHaveLength(1);
        expect(inRegion[0]?.calculated_amount).toBe("12.5");
        const [usd] = await service.calculatePrices(
          { id: [id] },
          { context: { currency_code: "usd", region_id: region } },
        );
        expect(usd?.calculated_amount).toBe("11");
      });

      it("applies quantity tiers and customer group rules", async () => {
        const id = await priceSet([
          { amount: "20", currency_code: "eur" },
          { amount: "18", currency_code: "eur", min_quantity: 10, max_quantity: 49 },
          { amount: "15", currency_code: "eur", min_quantity: 50 },
          { amount: "17", currency_code: "eur", rules: { customer_group_id: vip } },
        ]);
        const at = async (context: Parameters<PricingModuleService["calculatePrices"]>[1]["context"]) =>
          (await service.calculatePrices({ id: [id] }, { context }))[0]?.calculated_amount;
        expect(await at({ currency_code: "eur" })).toBe("20");
        expect(await at({ currency_code: "eur", quantity: 10 })).toBe("18");
        expect(await at({ currency_code: "eur", quantity: 49 })).toBe("18");
        expect(await at({ currency_code: "eur", quantity: 50 })).toBe("15");
        expect(await at({ currency_code: "eur", customer_group_id: vip })).toBe("17");
        expect(await at({ currency_code: "eur", customer_group_id: ["other", vip] })).toBe("17");
        expect(await at({ currency_code: "eur", customer_group_id: "other" })).toBe("20");
      });

      it("keeps exact decimals and refuses negative amounts and a context without currency", async () => {
        const id = await priceSet([
          { amount: "0.1", currency_code: "kwd" },
          { amount: 1999, currency_code: "jpy" },
        ]);
        const [kwd] = await service.calculatePrices({ id: [id] }, { context: { currency_code: "kwd" } });
        expect(kwd?.calculated_amount).toBe("0.1");
        const [jpy] = await service.calculatePrices({ id: [id] }, { context: { currency_code: "jpy" } });
        expect(jpy?.calculated_amount).toBe("1999");
        await expect(
          service.createPriceSetsWithPrices([{ prices: [{ amount: "-1", currency_code: "eur" }] }]),
        ).rejects.toMatchObject({ type: "invalid_data", field: ["0", "prices", "0", "amount"] });
        await expect(
          service.createPriceSetsWithPrices([
            { prices: [{ amount: "1", currency_code: "eur", min_quantity: 5, max_quantity: 2 }] },
          ]),
        ).rejects.toMatchObject({ type: "invalid_data" });
        await expect(service.calculatePrices({ id: [id] }, { context: { currency_code: "" } })).rejects.toMatchObject({
          type: "invalid_data",
        });
      });
    });

    describe("price lists", () => {
      it("a sale list applies when cheaper, an override list always, within its dates and rules", async () => {
        const cheap = await priceSet([{ amount: "100", currency_code: "eur" }]);
        const dear = await priceSet([{ amount: "100", currency_code: "eur" }]);
        const saleOnly = await priceSet([{ amount: "5", currency_code: "usd" }]);
        const now = new Date();
        const [sale] = await service.createPriceListsWithPrices([
          {
            title: "Black Friday",
            type: "sale",
            status: "active",
            starts_at: new Date(now.getTime() - day),
            ends_at: new Date(now.getTime() + day),
            prices: [
              { price_set_id: cheap, amount: "80", currency_code: "eur" },
              { price_set_id: dear, amount: "120", currency_code: "eur" },
              { price_set_id: saleOnly, amount: "70", currency_code: "eur" },
            ],
          },
        ]);
        const result = await service.calculatePrices({ id: [cheap, dear] }, { context: { currency_code: "eur" } });
        const byId = new Map(result.map((r) => [r.id, r]));
        expect(byId.get(cheap)).toMatchObject({
          calculated_amount: "80",
          original_amount: "100",
          is_calculated_price_price_list: true,
          is_original_price_price_list: false,
          calculated_price: { price_list_id: sale?.id, price_list_type: "sale" },
          original_price: { price_list_id: null },
        });
        expect(byId.get(dear)).toMatchObject({
          calculated_amount: "100",
          original_amount: "100",
          is_calculated_price_price_list: false,
        });
        // A sale price without a default price: the sale applies, the original stays empty (Medusa's semantics).
        const [onlySale] = await service.calculatePrices({ id: [saleOnly] }, { context: { currency_code: "eur" } });
        expect(onlySale).toMatchObject({
          calculated_amount: "70",
          original_amount: null,
          is_calculated_price_price_list: true,
          currency_code: "eur",
        });

        // Before it starts and after it ends, the list does not apply.
        const [early] = await service.calculatePrices(
          { id: [cheap] },
          { context: { currency_code: "eur" }, now: new Date(now.getTime() - 2 * day) },
        );
        expect(early?.calculated_amount).toBe("100");
        const [late] = await service.calculatePrices(
          { id: [cheap] },
          { context: { currency_code: "eur" }, now: new Date(now.getTime() + 2 * day) },
        );
        expect(late?.calculated_amount).toBe("100");

        const [override] = await service.createPriceListsWithPrices([
          {
            title: "Wholesale",
            type: "override",
            status: "active",
            rules: { customer_group_id: [vip] },
            prices: [{ price_set_id: dear, amount: "150", currency_code: "eur" }],
          },
        ]);
        const [forVip] = await service.calculatePrices(
          { id: [dear] },
          { context: { currency_code: "eur", customer_group_id: vip } },
        );
        expect(forVip).toMatchObject({
          calculated_amount: "150",
          original_amount: "150",
          is_calculated_price_price_list: true,
          is_original_price_price_list: true,
          calculated_price: { price_list_id: override?.id, price_list_type: "override" },
        });
        const [guest] = await service.calculatePrices({ id: [dear] }, { context: { currency_code: "eur" } });
        expect(guest?.calculated_amount).toBe("100");

        await service.updatePriceListWithPrices({ id: override?.id as string, status: "draft" });
        const [drafted] = await service.calculatePrices(
          { id: [dear] },
          { context: { currency_code: "eur", customer_group_id: vip } },
        );
        expect(drafted?.calculated_amount).toBe("100");
      });

      it("refuses a list that ends before it starts and writes nothing", async () => {
        const [, before] = await service.listAndCountPriceLists();
        const starts = new Date("2030-01-02T00:00:00Z");
        await expect(
          service.createPriceListsWithPrices([
            { title: "Broken", starts_at: starts, ends_at: new Date("2030-01-01T00:00:00Z") },
          ]),
        ).rejects.toMatchObject({ type: "invalid_data", field: ["endsAt"] });
        await expect(
          service.createPriceListsWithPrices([
            { title: "Bad price", prices: [{ price_set_id: "pset_unknown", amount: "1", currency_code: "eur" }] },
          ]),
        ).rejects.toMatchObject({ type: "invalid_data" });
        const [, after] = await service.listAndCountPriceLists({}, { withDeleted: true });
        expect(after).toBe(before);
      });
    });

    describe("tax-inclusive preferences", () => {
      it("marks prices tax-inclusive per currency, and per region for region prices", async () => {
        const id = await priceSet([
          { amount: "10", currency_code: "dkk" },
          { amount: "12", currency_code: "dkk", rules: { region_id: region } },
        ]);
        const [plain] = await service.calculatePrices({ id: [id] }, { context: { currency_code: "dkk" } });
        expect(plain?.is_calculated_price_tax_inclusive).toBe(false);
        await service.setPricePreference({ attribute: "currency_code", value: "DKK", is_tax_inclusive: true });
        const [currencyIncl] = await service.calculatePrices({ id: [id] }, { context: { currency_code: "dkk" } });
        expect(currencyIncl).toMatchObject({
          calculated_amount: "10",
          is_calculated_price_tax_inclusive: true,
          is_original_price_tax_inclusive: true,
        });
        await service.setPricePreference({ attribute: "region_id", value: region, is_tax_inclusive: false });
        const [regional] = await service.calculatePrices(
          { id: [id] },
          { context: { currency_code: "dkk", region_id: region } },
        );
        expect(regional).toMatchObject({ calculated_amount: "12", is_calculated_price_tax_inclusive: false });
        expect(await service.listPricePreferences({ attribute: "currency_code", value: "dkk" })).toHaveLength(1);
      });
    });

    describe("batching", () => {
      it("costs the same number of SQL statements for 5 and 50 price sets", async () => {
        const sets = await service.createPriceSetsWithPrices(
          Array.from({ length: 50 }, (_, i) => ({
            prices: [
              { amount: String(i + 1), currency_code: "sek" },
              { amount: String(i), currency_code: "sek", rules: { region_id: region } },
            ],
          })),
        );
        const ids = sets.map((s) => s.id);
        const cost = async (n: number) => {
          db.resetQueryCount();
          const result = await service.calculatePrices(
            { id: ids.slice(0, n) },
            { context: { currency_code: "sek", region_id: region } },
          );
          expect(result).toHaveLength(n);
          return db.queryCount();
        };
        await cost(1); // warms the per-process price preference cache
        const five = await cost(5);
        const fifty = await cost(50);
        expect(fifty).toBe(five);
        expect(five).toBe(1);
      });
    });
  },
});
