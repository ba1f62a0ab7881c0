import { describe, expect, it } from "vitest";
import { createPublishableKey } from "../../../framework/test-utils/auth-clients.ts";
import { integrationTestRunner } from "../../../framework/test-utils/runners.ts";
import {
  CalculatedPricesQuery,
  CreatePriceListMutation,
  CreatePriceSetMutation,
  CreateRegionMutation,
} from "../../../../test/operations/catalog.ts";

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("pricing over GraphQL", () => {
      let priceSetId = "";
      let regionId = "";

      it("creates a price set with currency, region and tiered prices as strings", async () => {
        const region = await api.graphql(CreateRegionMutation, {
          input: { name: "Denmark", currencyCode: "dkk", countries: ["dk"], isTaxInclusive: true },
        });
        regionId = region.data?.createRegion.region?.id as string;
        const res = await api.graphql(CreatePriceSetMutation, {
          input: {
            prices: [
              { amount: "100.10", currencyCode: "DKK" },
              { amount: "95", currencyCode: "dkk", regionId },
              { amount: "90.5", currencyCode: "dkk", minQuantity: 10 },
              { amount: "1500", currencyCode: "jpy" },
            ],
          },
        });
        expect(res.data?.createPriceSet.userErrors).toEqual([]);
        priceSetId = res.data?.createPriceSet.priceSet?.id as string;
        expect(res.data?.createPriceSet.priceSet?.prices.map((p) => `${p.currencyCode}:${p.amount}`)).toEqual([
          "dkk:90.5",
          "dkk:95",
          "dkk:100.1",
          "jpy:1500",
        ]);
      });

      it("calculates currency, region and tier prices with the region's tax preference", async () => {
        const at = async (context: { currencyCode: string; regionId?: string; quantity?: number }) =>
          (await api.graphql(CalculatedPricesQuery, { priceSetIds: [priceSetId], context })).data?.calculatedPrices[0];
        expect(await at({ currencyCode: "dkk" })).toMatchObject({
          calculatedAmount: "100.1",
          isCalculatedPriceTaxInclusive: false,
        });
        expect(await at({ currencyCode: "dkk", regionId })).toMatchObject({
          calculatedAmount: "95",
          isCalculatedPriceTaxInclusive: true,
        });
        expect(await at({ currencyCode: "dkk", quantity: 10 })).toMatchObject({ calculatedAmount: "90.5" });
        expect(await at({ currencyCode: "jpy" })).toMatchObject({ calculatedAmount: "1500", currencyCode: "jpy" });
        const bad = await api.graphql(CalculatedPricesQuery, {
          priceSetIds: [priceSetId],
          context: { currencyCode: "dkk", quantity: 0 },
        });
        expect(bad.errors?.[0]?.extensions?.code).toBe("INVALID_DATA");
      });

      it("applies a sale price list for a customer group", async () => {
        const res = await api.graphql(CreatePriceListMutation, {
          input: {
            title: "VIP sale",
            type: "SALE",
            status: "ACTIVE",
            customerGroupIds: ["cusgroup_vip"],
            prices: [{ priceSetId, price: { amount: "80", currencyCode: "dkk" } }],
          },
        });
        expect(res.data?.createPriceList.userErrors).toEqual([]);
        expect(res.data?.createPriceList.priceList?.rules).toEqual([
          { attribute: "customer_group_id", values: ["cusgroup_vip"] },
        ]);
        const vip = await api.graphql(CalculatedPricesQuery, {
          priceSetIds: [priceSetId],
          context: { currencyCode: "dkk", customerGroupIds: ["cusgroup_vip"] },
        });
        expect(vip.data?.calculatedPrices[0]).toMatchObject({
          calculatedAmount: "80",
          originalAmount: "100.1",
          isCalculatedPricePriceList: true,
          calculatedPrice: { priceListId: res.data?.createPriceList.priceList?.id, priceListType: "SALE" },
        });
        // A storefront may not name a group: it would read the VIP prices.
        const storefront = api.as({ "x-publishable-api-key": await createPublishableKey(api) });
        const named = await storefront.graphql(CalculatedPricesQuery, {
          priceSetIds: [priceSetId],
          context: { currencyCode: "dkk", customerGroupIds: ["cusgroup_vip"] },
        });
        expect(named.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        const plain = await storefront.graphql(CalculatedPricesQuery, {
          priceSetIds: [priceSetId],
          context: { currencyCode: "dkk" },
        });
        expect(plain.data?.calculatedPrices[0]?.calculatedAmount).toBe("100.1");

        type Update = {
          updatePriceList: { priceList: { status: string } | null; userErrors: { field: string[]; code: string }[] };
        };
        const update = (input: Record<string, unknown>) =>
          api.graphql<Update, { input: Record<string, unknown> }>(
            "mutation ($input: UpdatePriceListInput!) { updatePriceList(input: $input) { priceList { status } userErrors { field code } } }",
            { input },
          );
        const listId = res.data?.createPriceList.priceList?.id as string;
        await update({ id: listId, startsAt: "2030-01-01T00:00:00Z" });
        const backwards = await update({ id: listId, endsAt: "2029-12-31T00:00:00Z" });
        expect(backwards.data?.updatePriceList).toEqual({
          priceList: null,
          userErrors: [{ field: ["input", "endsAt"], code: "INVALID_DATA" }],
        });
        const notYet = await api.graphql(CalculatedPricesQuery, {
          priceSetIds: [priceSetId],
          context: { currencyCode: "dkk", customerGroupIds: ["cusgroup_vip"] },
        });
        expect(notYet.data?.calculatedPrices[0]?.calculatedAmount).toBe("100.1");
        const reopened = await update({ id: listId, startsAt: null, status: "DRAFT" });
        expect(reopened.data?.updatePriceList.priceList?.status).toBe("DRAFT");
        const drafted = await api.graphql(CalculatedPricesQuery, {
          priceSetIds: [priceSetId],
          context: { currencyCode: "dkk", customerGroupIds: ["cusgroup_vip"] },
        });
        expect(drafted.data?.calculatedPrices[0]?.calculatedAmount).toBe("100.1");
      });

      it("refuses negative amounts, unknown currencies and lists ending before they start, writing nothing", async () => {
        const pricing = getContainer().resolve("pricing");
        const [, setsBefore] = await pricing.listAndCountPriceSets({}, { withDeleted: true });
        const [, listsBefore] = await pricing.listAndCountPriceLists({}, { withDeleted: true });
        const negative = await api.graphql(CreatePriceSetMutation, {
          input: {
            prices: [
              { amount: "10", currencyCode: "eur" },
              { amount: "-1", currencyCode: "eur" },
            ],
          },
        });
        expect(negative.data?.createPriceSet).toMatchObject({
          priceSet: null,
          userErrors: [{ field: ["input", "prices", "1", "amount"], code: "INVALID_DATA" }],
        });
        const float = await api.graphql(CreatePriceSetMutation, {
          input: { prices: [{ amount: "1e3", currencyCode: "eur" }] },
        });
        expect(float.data?.createPriceSet.userErrors[0]?.code).toBe("INVALID_DATA");
        const unknown = await api.graphql(CreatePriceSetMutation, {
          input: { prices: [{ amount: "10", currencyCode: "zzz" }] },
        });
        expect(unknown.data?.createPriceSet.userErrors[0]).toMatchObject({
          code: "INVALID_DATA",
          message: expect.stringContaining("zzz"),
        });
        const tiers = await api.graphql(CreatePriceSetMutation, {
          input: { prices: [{ amount: "10", currencyCode: "eur", minQuantity: 10, maxQuantity: 5 }] },
        });
        expect(tiers.data?.createPriceSet.userErrors[0]).toMatchObject({
          code: "INVALID_DATA",
          field: ["input", "prices", "0", "maxQuantity"],
        });
        const backwards = await api.graphql(CreatePriceListMutation, {
          input: {
            title: "Backwards",
            startsAt: "2030-02-01T00:00:00Z",
            endsAt: "2030-01-01T00:00:00Z",
            prices: [{ priceSetId, price: { amount: "1", currencyCode: "dkk" } }],
          },
        });
        expect(backwards.data?.createPriceList).toMatchObject({
          priceList: null,
          userErrors: [{ field: ["input", "endsAt"], code: "INVALID_DATA" }],
        });
        const [, setsAfter] = await pricing.listAndCountPriceSets({}, { withDeleted: true });
        const [, listsAfter] = await pricing.listAndCountPriceLists({}, { withDeleted: true });
        expect([setsAfter, listsAfter]).toEqual([setsBefore, listsBefore]);
      });
    });
  },
});
