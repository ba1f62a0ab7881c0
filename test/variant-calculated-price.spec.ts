import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

type Price = {
  calculatedAmount: string | null;
  originalAmount: string | null;
  currencyCode: string | null;
  isCalculatedPricePriceList: boolean;
  isCalculatedPriceTaxInclusive: boolean;
  calculatedPrice: { priceListType: string | null };
};
type Page = {
  products: { edges: { node: { title: string; variants: { sku: string | null; calculatedPrice: Price | null }[] } }[] };
};

const PricedProductsQuery = /* GraphQL */ `
  query PricedProducts($first: Int!, $context: PriceContextInput) {
    products(first: $first, sort: [{ field: TITLE, direction: ASC }]) { edges { node { title variants { sku calculatedPrice(context: $context) {
      calculatedAmount originalAmount currencyCode isCalculatedPricePriceList isCalculatedPriceTaxInclusive calculatedPrice { priceListType } } } } } }
  }`;

// The same page with the tax amounts and lines, the fields that reach product and tax too.
const TaxedProductsQuery = /* GraphQL */ `
  query TaxedPricedProducts($first: Int!, $context: PriceContextInput) {
    products(first: $first, sort: [{ field: TITLE, direction: ASC }]) { edges { node { title variants { sku calculatedPrice(context: $context) {
      calculatedAmount calculatedAmountWithTax calculatedAmountWithoutTax originalAmountWithTax taxLines { rate code } } } } } }
  }`;
type TaxedVariant = {
  calculatedPrice: {
    calculatedAmount: string;
    calculatedAmountWithTax: string | null;
    taxLines: { code: string }[] | null;
  } | null;
};

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let regionId = "";

    /** 20 products × 2 variants, each variant with its own price set (10 + i EUR, 8 + i in the region), a sale list for group cg_vip. */
    async function seed() {
      const c = getContainer();
      const [product, pricing, link] = [c.resolve("product"), c.resolve("pricing"), c.resolve("link")];
      const [region] = await c
        .resolve("region")
        .createRegionsWithCountries([{ name: "Europe", currency_code: "eur", countries: ["de"] }]);
      await c
        .resolve("tax")
        .createTaxRegionsWithRates([
          { country_code: "de", default_tax_rate: { rate: "19", code: "DE19", name: "MwSt" } },
        ]);
      regionId = region?.id as string;
      const listPrices = [];
      for (let i = 0; i < 20; i++) {
        const [p] = await product.createProductTrees([
          {
            title: `Item ${String(i).padStart(2, "0")}`,
            options: [{ title: "Size", values: ["S", "M"] }],
            variants: [
              { title: "S", sku: `I${i}-S`, options: { Size: "S" } },
              { title: "M", sku: `I${i}-M`, options: { Size: "M" } },
            ],
          },
        ]);
        const variants = await product.listProductVariants({ product_id: p?.id as string }, { order: { sku: "DESC" } });
        for (const v of variants) {
          const [set] = await pricing.createPriceSetsWithPrices([
            {
              prices: [
                { amount: String(10 + i), currency_code: "eur" },
                { amount: String(8 + i), currency_code: "eur", rules: { region_id: regionId } },
              ],
            },
          ]);
          await link.create({ product: { product_variant_id: v.id }, pricing: { price_set_id: set?.id as string } });
          listPrices.push({ price_set_id: set?.id as string, amount: "1.5", currency_code: "eur" });
        }
      }
      await pricing.createPriceListsWithPrices([
        { title: "VIP", type: "sale", status: "active", rules: { customer_group_id: ["cg_vip"] }, prices: listPrices },
      ]);
    }

    describe("ProductVariant.calculatedPrice", () => {
      it("prices each variant in the region's currency, with price lists for a customer group", async () => {
        await seed();
        const res = await api.graphql<Page, { first: number; context: object }>(PricedProductsQuery, {
          first: 2,
          context: { regionId },
        });
        expect(res.errors).toBeUndefined();
        const first = res.data?.products.edges[0]?.node;
        expect(first?.title).toBe("Item 00");
        expect(first?.variants[0]?.calculatedPrice).toMatchObject({
          calculatedAmount: "8",
          originalAmount: "8",
          currencyCode: "eur",
          isCalculatedPricePriceList: false,
          isCalculatedPriceTaxInclusive: false,
        });
        expect(res.data?.products.edges[1]?.node.variants[1]?.calculatedPrice?.calculatedAmount).toBe("9");

        const outside = await api.graphql<Page, { first: number; context: object }>(PricedProductsQuery, {
          first: 1,
          context: { currencyCode: "EUR" },
        });
        expect(outside.data?.products.edges[0]?.node.variants[0]?.calculatedPrice?.calculatedAmount).toBe("10");

        const vip = await api.graphql<Page, { first: number; context: object }>(PricedProductsQuery, {
          first: 1,
          context: { regionId, customerGroupId: "cg_vip" },
        });
        expect(vip.data?.products.edges[0]?.node.variants[0]?.calculatedPrice).toMatchObject({
          calculatedAmount: "1.5",
          originalAmount: "8",
          isCalculatedPricePriceList: true,
          calculatedPrice: { priceListType: "SALE" },
        });

        const usd = await api.graphql<Page, { first: number; context: object }>(PricedProductsQuery, {
          first: 1,
          context: { currencyCode: "usd" },
        });
        expect(usd.errors).toBeUndefined();
        expect(usd.data?.products.edges[0]?.node.variants[0]?.calculatedPrice).toBeNull();
      });

      it("answers a missing currency and an unknown region with typed errors", async () => {
        const none = await api.graphql<Page, { first: number; context: object }>(PricedProductsQuery, {
          first: 1,
          context: {},
        });
        expect(none.errors?.[0]?.extensions?.code).toBe("INVALID_DATA");
        const unknown = await api.graphql<Page, { first: number; context: object }>(PricedProductsQuery, {
          first: 1,
          context: { regionId: "reg_missing" },
        });
        expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      });

      /** SQL statements for a page of `first` products (2 variants each), after checking every variant's price. */
      async function countPage<V>(document: string, first: number, check: (v: V) => boolean) {
        const db = getContainer().resolve("db");
        db.resetQueryCount();
        const res = await api.graphql<
          { products: { edges: { node: { variants: V[] } }[] } },
          { first: number; context: object }
        >(document, { first, context: { regionId, customerGroupId: "cg_vip" } });
        expect(res.errors).toBeUndefined();
        const variants = res.data?.products.edges.flatMap((e) => e.node.variants) ?? [];
        expect(variants).toHaveLength(first * 2);
        expect(variants.every(check)).toBe(true);
        return db.queryCount();
      }

      it("costs the same number of SQL statements for 5 and 20 products", async () => {
        const check = (v: Page["products"]["edges"][number]["node"]["variants"][number]) =>
          v.calculatedPrice?.calculatedAmount === "1.5";
        await countPage(PricedProductsQuery, 1, check); // warms the region and preference caches
        const five = await countPage(PricedProductsQuery, 5, check);
        expect(await countPage(PricedProductsQuery, 20, check)).toBe(five);
        expect(five).toBeLessThanOrEqual(8);
      });

      it("costs the same number of SQL statements for 5 and 20 products with taxes (the region's one country)", async () => {
        // 1.5 + 19 % = 1.785 → 1.79.
        const check = (v: TaxedVariant) =>
          v.calculatedPrice?.calculatedAmountWithTax === "1.79" && v.calculatedPrice.taxLines?.[0]?.code === "DE19";
        await countPage(TaxedProductsQuery, 1, check);
        const five = await countPage(TaxedProductsQuery, 5, check);
        expect(await countPage(TaxedProductsQuery, 20, check)).toBe(five);
        expect(five).toBeLessThanOrEqual(12);
      });
    });
  },
});
