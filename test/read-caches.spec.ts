import { describe, expect, it } from "vitest";
import { createPublishableKey } from "../src/framework/test-utils/auth-clients.ts";
import { nextDelivered } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

// What every storefront request reads the same way is kept per process (the publishable key's
// channels, the region's currency and countries, the price preferences) and dropped when the
// event of the write that changes it is delivered: the next request after that event sees the
// new data, never the cached answer.
const PageQuery = /* GraphQL */ `
  query CachedPage($context: PriceContextInput) {
    products(first: 5) { edges { node { title variants {
      calculatedPrice(context: $context) { calculatedAmount isCalculatedPriceTaxInclusive calculatedAmountWithTax }
    } } } }
  }`;

type Page = {
  products: {
    edges: {
      node: {
        title: string;
        variants: {
          calculatedPrice: {
            calculatedAmount: string;
            isCalculatedPriceTaxInclusive: boolean;
            calculatedAmountWithTax: string | null;
          } | null;
        }[];
      };
    }[];
  } | null;
};

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let storefront: ReturnType<typeof api.as>;
    let keyId = "";
    let regionId = "";
    const admin = () => api.as(api.adminHeaders);
    const bus = () => getContainer().resolve("eventBus");

    /** One product with one variant at 10 EUR in the key's channel; Denmark (EUR) taxed at 25 %. */
    async function seed(): Promise<void> {
      const c = getContainer();
      const [region] = await c
        .resolve("region")
        .createRegionsWithCountries([{ name: "Denmark", currency_code: "eur", countries: ["dk"] }]);
      regionId = region?.id as string;
      await c
        .resolve("tax")
        .createTaxRegionsWithRates([
          { country_code: "dk", default_tax_rate: { rate: "25", code: "DK", name: "Moms" } },
        ]);
      const channel = await c.resolve("salesChannel").createSalesChannels({ name: "Web" });
      const token = await createPublishableKey(api, [channel.id]);
      storefront = api.as({ "x-publishable-api-key": token });
      const [key] = await c.resolve("apiKey").listApiKeys({ token });
      keyId = key?.id as string;
      const [product] = await c.resolve("product").createProductTrees([
        {
          title: "Cached item",
          status: "published",
          options: [{ title: "Size", values: ["M"] }],
          variants: [{ title: "M", sku: "CACHED-M", options: { Size: "M" } }],
        },
      ]);
      const [variant] = await c.resolve("product").listProductVariants({ product_id: product?.id as string });
      const [set] = await c
        .resolve("pricing")
        .createPriceSetsWithPrices([{ prices: [{ amount: "10", currency_code: "eur" }] }]);
      const link = c.resolve("link");
      await link.create([
        { product: { product_id: product?.id as string }, salesChannel: { sales_channel_id: channel.id } },
        { product: { product_variant_id: variant?.id as string }, pricing: { price_set_id: set?.id as string } },
      ]);
    }

    const price = async () => {
      const res = await storefront.graphql<Page, { context: { regionId: string } }>(PageQuery, {
        context: { regionId },
      });
      expect(res.errors).toBeUndefined();
      return res.data?.products?.edges[0]?.node.variants[0]?.calculatedPrice;
    };

    describe("per-process read caches", () => {
      it("serve a page's key, region and preferences without reading them again", async () => {
        await seed();
        expect(await price()).toEqual({
          calculatedAmount: "10",
          isCalculatedPriceTaxInclusive: false,
          calculatedAmountWithTax: "12.5",
        });
        const db = getContainer().resolve("db");
        db.resetQueryCount();
        await price();
        const warm = db.queryCount();
        // A region never priced before: its row, its countries and its preferences are read once,
        // and its country's tax rates (Sweden has none: the one read of its tax regions' ids finds none).
        const [other] = await getContainer()
          .resolve("region")
          .createRegionsWithCountries([{ name: "Sweden", currency_code: "eur", countries: ["se"] }]);
        db.resetQueryCount();
        const cold = await storefront.graphql<Page, { context: { regionId: string } }>(PageQuery, {
          context: { regionId: other?.id as string },
        });
        expect(cold.errors).toBeUndefined();
        expect(db.queryCount()).toBe(warm + 4);
      });

      it("tax at a country's new rate once tax-rate.updated is delivered", async () => {
        expect((await price())?.calculatedAmountWithTax).toBe("12.5");
        // A write around the workflows (no event yet): this process still serves the cached rate.
        const db = getContainer().resolve("db");
        await db.prisma.$executeRaw`UPDATE tax_rate SET rate = 20 WHERE code = 'DK'`;
        expect((await price())?.calculatedAmountWithTax).toBe("12.5");
        const [rate] = await getContainer().resolve("tax").listTaxRates({ code: "DK" });
        const delivered = nextDelivered(bus(), "tax-rate.updated");
        await bus().emit({ name: "tax-rate.updated", data: { id: rate?.id } });
        await delivered;
        expect((await price())?.calculatedAmountWithTax).toBe("12");
      });

      it("price with the new tax preference once price-preference.created is delivered", async () => {
        const delivered = nextDelivered(bus(), "price-preference.created");
        const res = await admin().graphql<{ setPricePreference: { userErrors: unknown[] } }, { input: object }>(
          "mutation($input: SetPricePreferenceInput!) { setPricePreference(input: $input) { userErrors { message } } }",
          { input: { attribute: "CURRENCY_CODE", value: "eur", isTaxInclusive: true } },
        );
        expect(res.data?.setPricePreference.userErrors).toEqual([]);
        await delivered;
        expect(await price()).toEqual({
          calculatedAmount: "10",
          isCalculatedPriceTaxInclusive: true,
          calculatedAmountWithTax: "10",
        });
      });

      it("use the region's new countries once region.updated is delivered", async () => {
        const delivered = nextDelivered(bus(), "region.updated");
        const res = await admin().graphql<{ updateRegion: { userErrors: unknown[] } }, { input: object }>(
          "mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { userErrors { message } } }",
          { input: { id: regionId, countries: ["no"] } },
        );
        expect(res.data?.updateRegion.userErrors).toEqual([]);
        await delivered;
        // Denmark left the region: pricing for it there is refused, not served from the cache.
        const after = await storefront.graphql<Page, { context: { regionId: string; countryCode: string } }>(
          PageQuery,
          {
            context: { regionId, countryCode: "dk" },
          },
        );
        expect(after.errors?.[0]?.extensions?.code).toBe("INVALID_DATA");
      });

      it("refuse a revoked publishable key once api_key.revoked is delivered", async () => {
        const delivered = nextDelivered(bus(), "api_key.revoked");
        const res = await admin().graphql<{ revokeApiKey: { userErrors: unknown[] } }, { input: object }>(
          "mutation($input: DeleteInput!) { revokeApiKey(input: $input) { userErrors { message } } }",
          { input: { id: keyId } },
        );
        expect(res.data?.revokeApiKey.userErrors).toEqual([]);
        await delivered;
        const after = await storefront.graphql<Page, { context: { regionId: string } }>(PageQuery, {
          context: { regionId },
        });
        expect(after.data?.products?.edges ?? []).toEqual([]);
      });
    });
  },
});
