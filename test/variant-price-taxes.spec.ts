import { describe, expect, it } from "vitest";
import { bearer, createCustomerAccount, createPublishableKey } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

type TaxedPrice = {
  calculatedAmount: string | null;
  originalAmount: string | null;
  isCalculatedPriceTaxInclusive: boolean;
  calculatedAmountWithTax: string | null;
  calculatedAmountWithoutTax: string | null;
  originalAmountWithTax: string | null;
  originalAmountWithoutTax: string | null;
  taxLines: { rate: string | null; code: string; name: string; itemId: string }[] | null;
};
type Page = {
  products: { edges: { node: { title: string; variants: { id: string; calculatedPrice: TaxedPrice | null }[] } }[] };
};

const TaxedProductsQuery = /* GraphQL */ `
  query TaxedProducts($context: PriceContextInput) {
    products(first: 10, sort: [{ field: TITLE, direction: ASC }]) { edges { node { title variants { id calculatedPrice(context: $context) {
      calculatedAmount originalAmount isCalculatedPriceTaxInclusive calculatedAmountWithTax calculatedAmountWithoutTax
      originalAmountWithTax originalAmountWithoutTax taxLines { rate code name itemId } } } } } }
  }`;

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const ids = { germany: "", benelux: "", vip: "" };
    const priced = async (context: object, client = api) => {
      const res = await client.graphql<Page, { context: object }>(TaxedProductsQuery, { context });
      expect(res.errors).toBeUndefined();
      return Object.fromEntries(
        (res.data?.products.edges ?? []).map(({ node }) => [node.title, node.variants[0]?.calculatedPrice ?? null]),
      );
    };

    /**
     * Germany (de, prices include tax: 19 %, books 7 %), Benelux (nl 21 %, be), and three products:
     * a book (type rule), a lamp (default rate) and a pen (its own 5.5 % rate, an odd amount).
     */
    async function seed() {
      const c = getContainer();
      const [product, pricing, link, tax, region] = [
        c.resolve("product"),
        c.resolve("pricing"),
        c.resolve("link"),
        c.resolve("tax"),
        c.resolve("region"),
      ];
      const [germany, benelux] = await region.createRegionsWithCountries([
        { name: "Germany", currency_code: "eur", countries: ["de"] },
        { name: "Benelux", currency_code: "eur", countries: ["nl", "be"] },
      ]);
      Object.assign(ids, { germany: germany?.id, benelux: benelux?.id });
      await pricing.setPricePreference({ attribute: "region_id", value: ids.germany, is_tax_inclusive: true });
      const books = await product.createProductTypes({ value: "Books" });
      const [de] = await tax.createTaxRegionsWithRates([
        { country_code: "de", default_tax_rate: { rate: "19", code: "DE19", name: "MwSt" } },
        { country_code: "nl", default_tax_rate: { rate: "21", code: "NL21", name: "BTW" } },
      ]);
      const group = await c.resolve("customer").createCustomerGroups({ name: "VIP" });
      ids.vip = group.id;
      const sets: Record<string, string> = {};
      for (const [title, regional, plain, typeId] of [
        ["Book", "107", "100", books.id],
        ["Lamp", "119", "100", null],
        ["Pen", "9.99", "9.99", null],
      ] as const) {
        const [p] = await product.createProductTrees([
          {
            title,
            status: "published",
            type_id: typeId,
            options: [{ title: "Size", values: ["One"] }],
            variants: [{ title: "One", options: { Size: "One" } }],
          },
        ]);
        const [v] = await product.listProductVariants({ product_id: p?.id as string });
        const [set] = await pricing.createPriceSetsWithPrices([
          {
            prices: [
              { amount: plain, currency_code: "eur" },
              { amount: regional, currency_code: "eur", rules: { region_id: ids.germany } },
            ],
          },
        ]);
        await link.create({
          product: { product_variant_id: v?.id as string },
          pricing: { price_set_id: set?.id as string },
        });
        sets[title] = set?.id as string;
        if (title === "Pen")
          await tax.createTaxRatesWithRules([
            {
              tax_region_id: de?.id as string,
              rate: "5.5",
              code: "DE-PEN",
              name: "Pens",
              rules: [{ reference: "product", reference_id: p?.id as string }],
            },
          ]);
      }
      await tax.createTaxRegionsWithRates([
        { country_code: "de", province_code: "de-by", default_tax_rate: { rate: "10", code: "BY10", name: "Bavaria" } },
      ]);
      await tax.createTaxRatesWithRules([
        {
          tax_region_id: de?.id as string,
          rate: "7",
          code: "DE7",
          name: "Books",
          rules: [{ reference: "product_type", reference_id: books.id }],
        },
      ]);
      await pricing.createPriceListsWithPrices([
        {
          title: "VIP sale",
          type: "sale",
          status: "active",
          rules: { customer_group_id: [ids.vip] },
          prices: [{ price_set_id: sets.Lamp as string, amount: "80", currency_code: "eur" }],
        },
      ]);
    }

    describe("ProductVariant.calculatedPrice with taxes", () => {
      it("takes taxes out of tax-inclusive prices, by product type and product rules", async () => {
        await seed();
        const prices = await priced({ regionId: ids.germany });
        expect(prices.Lamp).toMatchObject({
          calculatedAmount: "119",
          isCalculatedPriceTaxInclusive: true,
          calculatedAmountWithTax: "119",
          calculatedAmountWithoutTax: "100",
          originalAmountWithTax: "119",
          originalAmountWithoutTax: "100",
        });
        expect(prices.Lamp?.taxLines).toEqual([
          { rate: "19", code: "DE19", name: "MwSt", itemId: expect.stringMatching(/^variant_/) },
        ]);
        expect(prices.Book).toMatchObject({
          calculatedAmount: "107",
          calculatedAmountWithTax: "107",
          calculatedAmountWithoutTax: "100",
          taxLines: [{ rate: "7", code: "DE7" }],
        });
        // 9.99 / 1.055 = 9.4691… rounds half-up to the euro's two digits.
        expect(prices.Pen).toMatchObject({
          calculatedAmountWithTax: "9.99",
          calculatedAmountWithoutTax: "9.47",
          taxLines: [{ code: "DE-PEN" }],
        });
      });

      it("adds taxes to exclusive prices for the given country, rounded to the currency", async () => {
        const prices = await priced({ currencyCode: "eur", countryCode: "DE" });
        expect(prices.Lamp).toMatchObject({
          calculatedAmount: "100",
          isCalculatedPriceTaxInclusive: false,
          calculatedAmountWithTax: "119",
          calculatedAmountWithoutTax: "100",
        });
        expect((await priced({ currencyCode: "eur", countryCode: "de", provinceCode: "BY" })).Lamp).toMatchObject({
          calculatedAmountWithTax: "110",
          taxLines: [{ code: "BY10" }],
        });
        // 9.99 × 1.055 = 10.53945 → 10.54.
        expect(prices.Pen).toMatchObject({ calculatedAmountWithTax: "10.54", calculatedAmountWithoutTax: "9.99" });
        const dutch = await priced({ regionId: ids.benelux, countryCode: "nl" });
        expect(dutch.Lamp).toMatchObject({ calculatedAmountWithTax: "121", taxLines: [{ code: "NL21" }] });
        // A country without a tax region has no taxes: both amounts are the price.
        expect((await priced({ regionId: ids.benelux, countryCode: "be" })).Lamp).toMatchObject({
          calculatedAmountWithTax: "100",
          calculatedAmountWithoutTax: "100",
          taxLines: [],
        });
      });

      it("has no tax amounts when a region of several countries is given without a country", async () => {
        const prices = await priced({ regionId: ids.benelux });
        expect(prices.Lamp).toMatchObject({
          calculatedAmount: "100",
          calculatedAmountWithTax: null,
          calculatedAmountWithoutTax: null,
          taxLines: null,
        });
        expect((await priced({ currencyCode: "eur" })).Lamp?.calculatedAmountWithTax).toBeNull();
      });

      it("refuses a malformed country and a country outside the region (INVALID_DATA)", async () => {
        for (const context of [
          { currencyCode: "eur", countryCode: "deu" },
          { regionId: ids.benelux, countryCode: "de" },
        ]) {
          const res = await api.graphql<Page, { context: object }>(TaxedProductsQuery, { context });
          expect(res.errors?.[0]?.extensions?.code).toBe("INVALID_DATA");
        }
      });
    });

    describe("a logged-in customer's groups", () => {
      it("price a customer in VIP with the VIP sale; an anonymous storefront caller gets the default", async () => {
        // A storefront sees the products of its key's sales channels.
        const c = getContainer();
        const channel = await c.resolve("salesChannel").createSalesChannels({ name: "Web" });
        const products = await c.resolve("product").listProducts({});
        await c
          .resolve("link")
          .create(
            products.map((p) => ({ product: { product_id: p.id }, salesChannel: { sales_channel_id: channel.id } })),
          );
        const key = { "x-publishable-api-key": await createPublishableKey(api, [channel.id]) };
        const { token, customerId } = await createCustomerAccount(api, "vip@example.com", "vip password");
        await getContainer().resolve("customer").addCustomersToGroup(ids.vip, [customerId]);
        const customer = api.as({ ...key, ...bearer(token) });
        expect((await priced({ regionId: ids.benelux }, customer)).Lamp).toMatchObject({
          calculatedAmount: "80",
          originalAmount: "100",
        });
        expect((await priced({ regionId: ids.benelux }, api.as(key))).Lamp).toMatchObject({ calculatedAmount: "100" });
        // The sale price is what gets taxed: 80 + 21 %.
        expect((await priced({ regionId: ids.benelux, countryCode: "nl" }, customer)).Lamp).toMatchObject({
          calculatedAmountWithTax: "96.8",
          originalAmountWithTax: "121",
        });
        // Naming the group is for admins: a storefront could otherwise read any group's prices.
        const named = await api.as(key).graphql<Page, { context: object }>(TaxedProductsQuery, {
          context: { regionId: ids.benelux, customerGroupId: ids.vip },
        });
        expect(named.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        expect((await priced({ regionId: ids.benelux, customerGroupId: ids.vip })).Lamp?.calculatedAmount).toBe("80");
        const { token: other } = await createCustomerAccount(api, "plain@example.com", "plain password");
        expect(
          (await priced({ regionId: ids.benelux }, api.as({ ...key, ...bearer(other) }))).Lamp?.calculatedAmount,
        ).toBe("100");
      });
    });
  },
});
