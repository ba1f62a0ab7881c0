import { describe, expect, it } from "vitest";
import { TesseraError } from "../src/framework/errors/tessera-error.ts";
import { calculateAmountsWithTax } from "../src/framework/money/index.ts";
import { QueryContext } from "../src/framework/query/index.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

type Row = Record<string, unknown>;
type GqlPrice = {
  calculatedAmount: string;
  originalAmount: string;
  currencyCode: string;
  isCalculatedPricePriceList: boolean;
  isCalculatedPriceTaxInclusive: boolean;
  calculatedAmountWithTax: string | null;
  calculatedAmountWithoutTax: string | null;
  originalAmountWithTax: string | null;
  originalAmountWithoutTax: string | null;
  calculatedPrice: { priceListType: string | null };
};
type GqlPage = {
  products: { edges: { node: { id: string; variants: { id: string; calculatedPrice: GqlPrice | null }[] } }[] };
};

const GqlPrices = /* GraphQL */ `
  query GraphPrices($context: PriceContextInput) {
    products(first: 10) { edges { node { id variants { id calculatedPrice(context: $context) {
      calculatedAmount originalAmount currencyCode isCalculatedPricePriceList isCalculatedPriceTaxInclusive
      calculatedAmountWithTax calculatedAmountWithoutTax originalAmountWithTax originalAmountWithoutTax calculatedPrice { priceListType } } } } } }
  }`;

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const query = () => getContainer().createScope().resolve("query");
    let regionId = "";
    const productIds: string[] = [];
    const failure = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(TesseraError.is(error)).toBe(true);
      return (error as TesseraError).type;
    };

    /** Germany (de, 19 %), three products of two variants (10 + i EUR, 9 + i in the region), a 25 % off sale on the first. */
    async function seed() {
      const c = getContainer();
      const [product, pricing, link] = [c.resolve("product"), c.resolve("pricing"), c.resolve("link")];
      const [region] = await c
        .resolve("region")
        .createRegionsWithCountries([{ name: "Germany", currency_code: "eur", countries: ["de"] }]);
      regionId = region?.id as string;
      await c
        .resolve("tax")
        .createTaxRegionsWithRates([
          { country_code: "de", default_tax_rate: { rate: "19", code: "DE19", name: "MwSt" } },
        ]);
      const saleSets: string[] = [];
      for (let i = 0; i < 3; i++) {
        const [p] = await product.createProductTrees([
          {
            title: `Shirt ${i}`,
            options: [{ title: "Size", values: ["S", "M"] }],
            variants: [
              { title: "S", options: { Size: "S" } },
              { title: "M", options: { Size: "M" } },
            ],
          },
        ]);
        productIds.push(p?.id as string);
        for (const v of await product.listProductVariants({ product_id: p?.id as string })) {
          const [set] = await pricing.createPriceSetsWithPrices([
            {
              prices: [
                { amount: String(10 + i), currency_code: "eur" },
                { amount: String(9 + i), currency_code: "eur", rules: { region_id: regionId } },
              ],
            },
          ]);
          await link.create({ product: { product_variant_id: v.id }, pricing: { price_set_id: set?.id as string } });
          if (i === 0) saleSets.push(set?.id as string);
        }
      }
      await pricing.createPriceListsWithPrices([
        {
          title: "Sale",
          type: "sale",
          status: "active",
          prices: saleSets.map((id) => ({ price_set_id: id, amount: "6.75", currency_code: "eur" })),
        },
      ]);
    }

    describe("query.graph and variant prices", () => {
      it("Get Variant's Prices for Region and Currency: Medusa's snake_case calculated_price", async () => {
        await seed();
        const { data: products } = await query().graph({
          entity: "product",
          fields: ["*", "variants.*", "variants.calculated_price.*"],
          filters: { id: productIds[0] },
          context: { variants: { calculated_price: QueryContext({ region_id: regionId, currency_code: "eur" }) } },
        });
        const variant = (products[0]?.variants as Row[])[0];
        expect(variant?.calculated_price).toEqual({
          id: expect.stringMatching(/^pset_/),
          calculated_amount: "6.75",
          original_amount: "9",
          currency_code: "eur",
          is_calculated_price_price_list: true,
          is_calculated_price_tax_inclusive: false,
          is_original_price_price_list: false,
          is_original_price_tax_inclusive: false,
          calculated_price: {
            id: expect.any(String),
            price_list_id: expect.any(String),
            price_list_type: "sale",
            min_quantity: null,
            max_quantity: null,
          },
          original_price: {
            id: expect.any(String),
            price_list_id: null,
            price_list_type: null,
            min_quantity: null,
            max_quantity: null,
          },
          // The region's one country (de) is the tax country: 6.75 × 1.19 = 8.0325 → 8.03.
          calculated_amount_with_tax: "8.03",
          calculated_amount_without_tax: "6.75",
          original_amount_with_tax: "10.71",
          original_amount_without_tax: "9",
          tax_lines: [
            {
              item_id: variant?.id,
              rate_id: expect.any(String),
              rate: "19",
              code: "DE19",
              name: "MwSt",
              provider_id: "tp_system",
            },
          ],
        });
      });

      it("returns the numbers GraphQL returns for the same products and context", async () => {
        const gql = await api.graphql<GqlPage, { context: object }>(GqlPrices, {
          context: { regionId, currencyCode: "eur" },
        });
        expect(gql.errors).toBeUndefined();
        const { data } = await query().graph({
          entity: "product",
          fields: ["id", "variants.id", "variants.calculated_price.*"],
          context: { variants: { calculated_price: QueryContext({ region_id: regionId, currency_code: "eur" }) } },
        });
        const fromGraph = new Map(
          data.flatMap((p) => (p.variants as Row[]).map((v) => [v.id, v.calculated_price as Row])),
        );
        const variants = gql.data?.products.edges.flatMap((e) => e.node.variants) ?? [];
        expect(variants).toHaveLength(6);
        for (const { id, calculatedPrice: p } of variants) {
          expect(fromGraph.get(id)).toMatchObject({
            calculated_amount: p?.calculatedAmount,
            original_amount: p?.originalAmount,
            currency_code: p?.currencyCode,
            is_calculated_price_price_list: p?.isCalculatedPricePriceList,
            is_calculated_price_tax_inclusive: p?.isCalculatedPriceTaxInclusive,
            calculated_amount_with_tax: p?.calculatedAmountWithTax,
            calculated_amount_without_tax: p?.calculatedAmountWithoutTax,
            original_amount_with_tax: p?.originalAmountWithTax,
            original_amount_without_tax: p?.originalAmountWithoutTax,
            calculated_price: { price_list_type: p?.calculatedPrice.priceListType?.toLowerCase() ?? null },
          });
        }
        // From the variants' side, the context sits at the field itself.
        const { data: byVariant } = await query().graph({
          entity: "product_variant",
          fields: ["id", "calculated_price.calculated_amount"],
          filters: { id: variants[5]?.id },
          context: { calculated_price: QueryContext({ region_id: regionId }) },
        });
        expect(byVariant[0]?.calculated_price).toEqual({
          id: expect.any(String),
          calculated_amount: variants[5]?.calculatedPrice?.calculatedAmount,
        });
      });

      it("Get All Variant's Prices: variants.prices through the price set link", async () => {
        const { data: products } = await query().graph({
          entity: "product",
          fields: ["*", "variants.*", "variants.prices.*"],
          filters: { id: [productIds[1] as string] },
        });
        const prices = (products[0]?.variants as Row[]).map((v) => v.prices as Row[]);
        expect(prices).toHaveLength(2);
        for (const list of prices) {
          expect(list.map((p) => [p.amount, p.currency_code, p.price_list_id])).toEqual([
            ["10", "eur", null],
            ["11", "eur", null],
          ]);
        }
      });

      it("Get Variant Prices with Taxes: the seed's getTaxLines + calculateAmountsWithTax agree with calculated_amount_with_tax", async () => {
        const { data: products } = await query().graph({
          entity: "product",
          fields: ["*", "variants.*", "variants.calculated_price.*"],
          filters: { id: productIds },
          context: { variants: { calculated_price: QueryContext({ region_id: regionId, currency_code: "eur" }) } },
        });
        const variants = products.flatMap((p) =>
          (p.variants as Row[]).map((v) => ({ product: p, variant: v, price: v.calculated_price as Row })),
        );
        const taxLines = await getContainer()
          .resolve("tax")
          .getTaxLines(
            variants.map(({ product, variant, price }) => ({
              id: String(variant.id),
              product_id: String(product.id),
              product_type_id: product.type_id as string | null,
              quantity: 1,
              unit_price: String(price.calculated_amount),
              currency_code: String(price.currency_code),
            })),
            { address: { country_code: "de" } },
          );
        for (const { variant, price } of variants) {
          const lines = taxLines.filter((l) => "line_item_id" in l && l.line_item_id === variant.id);
          const { priceWithTax, priceWithoutTax } = calculateAmountsWithTax({
            taxLines: lines,
            amount: String(price.calculated_amount),
            includesTax: Boolean(price.is_calculated_price_tax_inclusive),
            currencyCode: "eur",
          });
          expect([price.calculated_amount_with_tax, price.calculated_amount_without_tax]).toEqual([
            priceWithTax,
            priceWithoutTax,
          ]);
        }
      });

      it("answers a missing context, an unknown region, a bad country and an unknown key with typed errors", async () => {
        const read = (context?: Record<string, unknown>) =>
          query().graph({
            entity: "product",
            fields: ["variants.calculated_price.*"],
            ...(context ? { context: { variants: { calculated_price: QueryContext(context) } } } : {}),
          });
        expect(await failure(read())).toBe(TesseraError.Types.INVALID_DATA);
        expect(await failure(read({ region_id: "reg_missing" }))).toBe(TesseraError.Types.NOT_FOUND);
        expect(await failure(read({ region_id: regionId, country_code: "d1" }))).toBe(TesseraError.Types.INVALID_DATA);
        expect(await failure(read({ currency_code: "eur", customer: { id: "cus_1" } }))).toBe(
          TesseraError.Types.INVALID_DATA,
        );
      });

      it("costs the same SQL statements for one product and three, taxes included", async () => {
        const db = getContainer().resolve("db");
        const count = async (ids: string[]) => {
          db.resetQueryCount();
          await query().graph({
            entity: "product",
            fields: ["id", "variants.calculated_price.*", "variants.prices.*"],
            filters: { id: ids },
            context: { variants: { calculated_price: QueryContext({ region_id: regionId }) } },
          });
          return db.queryCount();
        };
        expect(await count(productIds)).toBe(await count(productIds.slice(0, 1)));
      });
    });
  },
});
