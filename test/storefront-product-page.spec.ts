import { describe, expect, it } from "vitest";
import { createPublishableKey } from "../src/framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

// Issue 7's storefront read in one query: a page of products, each variant with its calculated
// price in a region (with and without tax, tax lines) and its availability in the key's channel.
const StorefrontPageQuery = /* GraphQL */ `
  query StorefrontPage($first: Int!, $context: PriceContextInput) {
    products(first: $first, sort: [{ field: TITLE, direction: ASC }]) { totalCount edges { node { title variants {
      sku
      calculatedPrice(context: $context) { calculatedAmount originalAmount isCalculatedPricePriceList calculatedAmountWithTax calculatedAmountWithoutTax taxLines { rate code } }
      availability { inventoryQuantity manageInventory allowBackorder inStock }
    } } } }
  }`;

type Variant = {
  sku: string;
  calculatedPrice: {
    calculatedAmount: string;
    originalAmount: string;
    isCalculatedPricePriceList: boolean;
    calculatedAmountWithTax: string | null;
    calculatedAmountWithoutTax: string | null;
    taxLines: { rate: string; code: string }[] | null;
  } | null;
  availability: {
    inventoryQuantity: number | null;
    manageInventory: boolean;
    allowBackorder: boolean;
    inStock: boolean;
  };
};
type Page = { products: { totalCount: number; edges: { node: { title: string; variants: Variant[] } }[] } };

const PRODUCTS = 20;
const SIZES = ["S", "M", "L", "XL"];

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let storefront: ReturnType<typeof api.as>;
    let regionId = "";

    /**
     * 20 products × 4 variants in a channel whose key the storefront holds (plus one product
     * outside it), priced in EUR (variant i of product p costs 10 + p), stocked at the channel's
     * warehouse (p units) and at an unlinked one (1000), a sale on product 0, a 25 % Danish rate.
     */
    async function seed(): Promise<void> {
      const c = getContainer();
      const [product, pricing, inventory, link] = [
        c.resolve("product"),
        c.resolve("pricing"),
        c.resolve("inventory"),
        c.resolve("link"),
      ];
      const region = await c
        .resolve("region")
        .createRegionsWithCountries([{ name: "Denmark", currency_code: "eur", countries: ["dk"] }]);
      regionId = region[0]?.id as string;
      await c
        .resolve("tax")
        .createTaxRegionsWithRates([
          { country_code: "dk", default_tax_rate: { rate: "25", code: "DK", name: "Moms" } },
        ]);
      const channel = await c.resolve("salesChannel").createSalesChannels({ name: "Web" });
      const [warehouse, elsewhere] = await c
        .resolve("stockLocation")
        .createLocationsWithAddress([{ name: "Web warehouse" }, { name: "Shop" }]);
      await link.create({
        salesChannel: { sales_channel_id: channel.id },
        stockLocation: { stock_location_id: warehouse?.id as string },
      });
      storefront = api.as({ "x-publishable-api-key": await createPublishableKey(api, [channel.id]) });

      const variantIds: string[][] = [];
      for (let p = 0; p <= PRODUCTS; p++) {
        const [created] = await product.createProductTrees([
          {
            title: `Page item ${String(p).padStart(2, "0")}`,
            status: "published",
            options: [{ title: "Size", values: SIZES }],
            variants: SIZES.map((size) => ({
              title: size,
              sku: `PAGE-${p}-${size}`,
              options: { Size: size },
              manage_inventory: size !== "XL",
            })),
          },
        ]);
        // The last product is outside the storefront's channel: it must not show up or be counted.
        if (p < PRODUCTS)
          await link.create({
            product: { product_id: created?.id as string },
            salesChannel: { sales_channel_id: channel.id },
          });
        variantIds.push(
          (await product.listProductVariants({ product_id: created?.id as string }, { order: { sku: "ASC" } })).map(
            (v) => v.id,
          ),
        );
      }
      const flat = variantIds.flatMap((ids, p) => ids.map((id) => ({ id, p })));
      const sets = await pricing.createPriceSetsWithPrices(
        flat.map(({ p }) => ({ prices: [{ amount: String(10 + p), currency_code: "eur" }] })),
      );
      const items = await inventory.createInventoryItems(flat.map(({ id }) => ({ title: id })));
      await inventory.createInventoryLevels(
        flat.flatMap(({ p }, i) => [
          { inventory_item_id: items[i]?.id as string, location_id: warehouse?.id as string, stocked_quantity: p },
          { inventory_item_id: items[i]?.id as string, location_id: elsewhere?.id as string, stocked_quantity: 1000 },
        ]),
      );
      await link.create(
        flat.flatMap(({ id }, i) => [
          { product: { product_variant_id: id }, pricing: { price_set_id: sets[i]?.id as string } },
          { product: { product_variant_id: id }, inventory: { inventory_item_id: items[i]?.id as string } },
        ]),
      );
      await pricing.createPriceListsWithPrices([
        {
          title: "Sale",
          type: "sale",
          status: "active",
          prices: sets.slice(0, 4).map((s) => ({ price_set_id: s.id, amount: "7.5", currency_code: "eur" })),
        },
      ]);
    }

    const page = async (first: number) => {
      const res = await storefront.graphql<Page, { first: number; context: { regionId: string } }>(
        StorefrontPageQuery,
        { first, context: { regionId } },
      );
      expect(res.errors).toBeUndefined();
      return res.data?.products;
    };

    describe("the storefront product page", () => {
      it("prices, taxes and counts each variant for the region and the key's channel", async () => {
        await seed();
        const products = await page(PRODUCTS);
        expect(products?.totalCount).toBe(PRODUCTS);
        expect(products?.edges).toHaveLength(PRODUCTS);
        const [onSale, second] = products?.edges.map((e) => e.node) ?? [];
        expect(onSale?.variants.find((v) => v.sku === "PAGE-0-S")).toMatchObject({
          calculatedPrice: {
            calculatedAmount: "7.5",
            originalAmount: "10",
            isCalculatedPricePriceList: true,
            calculatedAmountWithTax: "9.38",
            calculatedAmountWithoutTax: "7.5",
            taxLines: [{ rate: "25", code: "DK" }],
          },
          // Product 0 has no stock at the channel's warehouse; the other location does not count.
          availability: { inventoryQuantity: 0, manageInventory: true, allowBackorder: false, inStock: false },
        });
        expect(second?.variants.find((v) => v.sku === "PAGE-1-M")).toMatchObject({
          calculatedPrice: {
            calculatedAmount: "11",
            calculatedAmountWithTax: "13.75",
            calculatedAmountWithoutTax: "11",
          },
          availability: { inventoryQuantity: 1, inStock: true },
        });
        // XL does not manage inventory: no quantity, always in stock.
        expect(second?.variants.find((v) => v.sku === "PAGE-1-XL")?.availability).toEqual({
          inventoryQuantity: null,
          manageInventory: false,
          allowBackorder: false,
          inStock: true,
        });
      });

      it("costs the same number of SQL statements for 5 and 20 products × 4 variants", async () => {
        const db = getContainer().resolve("db");
        const count = async (first: number) => {
          db.resetQueryCount();
          const products = await page(first);
          const variants = products?.edges.flatMap((e) => e.node.variants) ?? [];
          expect(variants).toHaveLength(first * 4);
          expect(
            variants.every(
              (v) => v.calculatedPrice?.calculatedAmountWithTax != null && v.availability.inStock !== undefined,
            ),
          ).toBe(true);
          return db.queryCount();
        };
        // Warm: the key, the region and the price preferences come from the per-process caches.
        await count(1);
        const five = await count(5);
        const twenty = await count(20);
        expect(twenty).toBe(five);
        // ids, count, products, variants; prices (link rows and candidates in one); no tax statement
        // (the country's rates are cached, and no rule names a product type); the channel's live
        // locations; the variants' stock there (link rows and level sums in one).
        expect(five).toBe(7);
      });
    });
  },
});
