import { beforeAll, describe, expect, it } from "vitest";
import { integrationTestRunner } from "../../../framework/test-utils/runners.ts";

type UserErrors = { field: string[] | null; message: string; code: string }[];
type PromotionShape = {
  id: string;
  code: string;
  status: string;
  campaignId: string | null;
  applicationMethod: {
    type: string;
    targetType: string;
    allocation: string | null;
    value: string;
    currencyCode: string | null;
  };
  rules: { id: string; attribute: string; operator: string; values: string[] }[];
  targetRules: { attribute: string; values: string[] }[];
  campaign: { name: string; budget: { type: string; limit: string | null; used: string } | null } | null;
};
type PromotionPayload<K extends string> = { [P in K]: { promotion: PromotionShape | null; userErrors: UserErrors } };
type CampaignPayload<K extends string> = {
  [P in K]: {
    campaign: { id: string; endsAt: string | null; budget: { limit: string | null } | null } | null;
    userErrors: UserErrors;
  };
};

const promotionFields = `id code status campaignId
  applicationMethod { type targetType allocation value currencyCode }
  rules { id attribute operator values } targetRules { attribute values }
  campaign { name budget { type limit used } }`;
const CreatePromotion = `mutation ($input: CreatePromotionInput!) { createPromotion(input: $input) { promotion { ${promotionFields} } userErrors { field message code } } }`;
const UpdatePromotion = `mutation ($input: UpdatePromotionInput!) { updatePromotion(input: $input) { promotion { ${promotionFields} } userErrors { field message code } } }`;
const AddRules = `mutation ($input: AddPromotionRulesInput!) { addPromotionRules(input: $input) { promotion { ${promotionFields} } userErrors { field message code } } }`;
const RemoveRules = `mutation ($input: RemovePromotionRulesInput!) { removePromotionRules(input: $input) { promotion { ${promotionFields} } userErrors { field message code } } }`;
const CreateCampaign = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id endsAt budget { limit } } userErrors { field message code } } }`;
const UpdateCampaign = `mutation ($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { id endsAt budget { limit } } userErrors { field message code } } }`;
const Delete = (field: string) =>
  `mutation ($id: ID!) { ${field}(input: { id: $id }) { deletedId userErrors { field message code } } }`;
const Promotions = `query ($filter: PromotionFilter, $search: String) { promotions(filter: $filter, search: $search, first: 10) { totalCount edges { node { ${promotionFields} } } } }`;

const tenPercent = {
  type: "PERCENTAGE",
  targetType: "ITEMS",
  allocation: "ACROSS",
  value: "10",
  targetRules: [{ attribute: "items.product.id", operator: "IN", values: ["prod_1"] }],
};

integrationTestRunner({
  testSuite: ({ api, getContainer, getDatabase }) => {
    let campaignId = "";
    const counts = async () => {
      const s = getContainer().resolve("promotion");
      const all = { withDeleted: true };
      return [
        (await s.listAndCountPromotions({}, all))[1],
        (await s.listAndCountApplicationMethods({}, all))[1],
        (await s.listAndCountPromotionRules({}, all))[1],
        (await s.listAndCountCampaigns({}, all))[1],
        (await s.listAndCountCampaignBudgets({}, all))[1],
      ];
    };

    beforeAll(async () => {
      const res = await api.graphql<CampaignPayload<"createCampaign">, Record<string, unknown>>(CreateCampaign, {
        input: {
          name: "Summer",
          campaignIdentifier: "summer-2026",
          startsAt: "2026-01-01T00:00:00Z",
          budget: { type: "USAGE", limit: "100" },
        },
      });
      expect(res.data?.createCampaign.userErrors).toEqual([]);
      campaignId = res.data?.createCampaign.campaign?.id ?? "";
    });

    describe("promotions over GraphQL (admin)", () => {
      it("creates a promotion with its method, rules and campaign, and lists it by filter and search", async () => {
        const res = await api.graphql<PromotionPayload<"createPromotion">, Record<string, unknown>>(CreatePromotion, {
          input: {
            code: "SUMMER10",
            status: "ACTIVE",
            campaignId,
            applicationMethod: tenPercent,
            rules: [{ attribute: "currency_code", operator: "EQ", values: ["eur"] }],
          },
        });
        expect(res.errors).toBeUndefined();
        expect(res.data?.createPromotion.userErrors).toEqual([]);
        expect(res.data?.createPromotion.promotion).toMatchObject({
          code: "SUMMER10",
          status: "ACTIVE",
          campaignId,
          applicationMethod: { type: "PERCENTAGE", targetType: "ITEMS", allocation: "ACROSS", value: "10" },
          rules: [{ attribute: "currency_code", operator: "EQ", values: ["eur"] }],
          targetRules: [{ attribute: "items.product.id", values: ["prod_1"] }],
          campaign: { name: "Summer", budget: { type: "USAGE", limit: "100", used: "0" } },
        });
        const list = await api.graphql<{ promotions: { totalCount: number } }, Record<string, unknown>>(Promotions, {
          filter: { status: { eq: "ACTIVE" }, campaignId: { eq: campaignId } },
          search: "summer",
        });
        expect(list.data?.promotions.totalCount).toBe(1);
      });

      it("refuses bad input with typed userErrors and writes nothing", async () => {
        const before = await counts();
        const cases: [Record<string, unknown>, string[], string][] = [
          [
            { applicationMethod: { ...tenPercent, type: "FIXED", value: "5", currencyCode: "xyz" } },
            ["input", "applicationMethod", "currencyCode"],
            "INVALID_DATA",
          ],
          [
            { applicationMethod: { ...tenPercent, value: "150" } },
            ["input", "applicationMethod", "value"],
            "INVALID_DATA",
          ],
          [
            { applicationMethod: { ...tenPercent, type: "FIXED", value: "5" } },
            ["input", "applicationMethod", "currencyCode"],
            "INVALID_DATA",
          ],
          [{ code: "SUMMER10" }, ["input", "code"], "DUPLICATE"],
          [{ campaignId: "procamp_unknown" }, ["input", "campaignId"], "INVALID_DATA"],
          [
            { rules: [{ attribute: "not a path", operator: "EQ", values: ["x"] }] },
            ["input", "rules", "0", "attribute"],
            "INVALID_DATA",
          ],
        ];
        for (const [change, field, code] of cases) {
          const res = await api.graphql<PromotionPayload<"createPromotion">, Record<string, unknown>>(CreatePromotion, {
            input: { code: "BAD", applicationMethod: tenPercent, ...change },
          });
          expect(res.data?.createPromotion, JSON.stringify(change)).toMatchObject({
            promotion: null,
            userErrors: [{ field, code }],
          });
        }
        const badCampaign = await api.graphql<CampaignPayload<"createCampaign">, Record<string, unknown>>(
          CreateCampaign,
          {
            input: {
              name: "Backwards",
              campaignIdentifier: "backwards",
              startsAt: "2026-06-01T00:00:00Z",
              endsAt: "2026-05-01T00:00:00Z",
              budget: { type: "USAGE", limit: "1" },
            },
          },
        );
        expect(badCampaign.data?.createCampaign.userErrors).toMatchObject([
          { field: ["input", "endsAt"], code: "INVALID_DATA" },
        ]);
        const spendWithout = await api.graphql<CampaignPayload<"createCampaign">, Record<string, unknown>>(
          CreateCampaign,
          {
            input: { name: "Spend", campaignIdentifier: "spend", budget: { type: "SPEND", limit: "100" } },
          },
        );
        expect(spendWithout.data?.createCampaign.userErrors).toMatchObject([
          { field: ["input", "budget", "currencyCode"], code: "INVALID_DATA" },
        ]);
        expect(await counts()).toEqual(before);
      });

      it("updates the method (checked as a whole), adds and removes rules, and refuses a rule of another promotion", async () => {
        const created = await api.graphql<PromotionPayload<"createPromotion">, Record<string, unknown>>(
          CreatePromotion,
          {
            input: { code: "RULES", applicationMethod: tenPercent, idempotencyKey: "create-rules-promo" },
          },
        );
        const id = created.data?.createPromotion.promotion?.id ?? "";
        const again = await api.graphql<PromotionPayload<"createPromotion">, Record<string, unknown>>(CreatePromotion, {
          input: { code: "RULES", applicationMethod: tenPercent, idempotencyKey: "create-rules-promo" },
        });
        expect(again.data?.createPromotion.promotion?.id).toBe(id);

        const bad = await api.graphql<PromotionPayload<"updatePromotion">, Record<string, unknown>>(UpdatePromotion, {
          input: { id, applicationMethod: { value: "200" } },
        });
        expect(bad.data?.updatePromotion.userErrors).toMatchObject([
          { field: ["input", "applicationMethod", "value"] },
        ]);
        const ok = await api.graphql<PromotionPayload<"updatePromotion">, Record<string, unknown>>(UpdatePromotion, {
          input: { id, status: "ACTIVE", applicationMethod: { value: "12.5" } },
        });
        expect(ok.data?.updatePromotion.promotion).toMatchObject({
          status: "ACTIVE",
          applicationMethod: { value: "12.5" },
        });

        const added = await api.graphql<PromotionPayload<"addPromotionRules">, Record<string, unknown>>(AddRules, {
          input: { promotionId: id, rules: [{ attribute: "region_id", operator: "IN", values: ["reg_1", "reg_2"] }] },
        });
        const rule = added.data?.addPromotionRules.promotion?.rules[0];
        expect(rule).toMatchObject({ attribute: "region_id", values: ["reg_1", "reg_2"] });

        const summer = await api.graphql<
          { promotions: { edges: { node: PromotionShape }[] } },
          Record<string, unknown>
        >(Promotions, { filter: { code: { eq: "SUMMER10" } } });
        const foreign = summer.data?.promotions.edges[0]?.node.rules[0]?.id ?? "";
        const refused = await api.graphql<PromotionPayload<"removePromotionRules">, Record<string, unknown>>(
          RemoveRules,
          {
            input: { promotionId: id, ruleIds: [rule?.id, foreign] },
          },
        );
        expect(refused.data?.removePromotionRules.userErrors).toMatchObject([
          { field: ["input", "ruleIds"], code: "INVALID_DATA" },
        ]);
        const removed = await api.graphql<PromotionPayload<"removePromotionRules">, Record<string, unknown>>(
          RemoveRules,
          {
            input: { promotionId: id, ruleIds: [rule?.id] },
          },
        );
        expect(removed.data?.removePromotionRules.promotion?.rules).toEqual([]);
      });

      it("deletes a promotion (its code is free again) and a campaign (its promotions stay, detached), emitting events", async () => {
        const bus = getContainer().resolve("eventBus");
        await bus.drain();
        const seen: string[] = [];
        bus.subscribe({
          events: ["promotion.created", "promotion.deleted", "campaign.updated", "campaign.deleted"],
          subscriberId: "promotion-events-recorder",
          attempts: 1,
          backoff: 1,
          handler: ({ event }) => {
            seen.push(event.name);
          },
        });
        const created = await api.graphql<PromotionPayload<"createPromotion">, Record<string, unknown>>(
          CreatePromotion,
          {
            input: { code: "GONE", applicationMethod: tenPercent },
          },
        );
        const id = created.data?.createPromotion.promotion?.id ?? "";
        const deleted = await api.graphql<{ deletePromotion: { deletedId: string } }, { id: string }>(
          Delete("deletePromotion"),
          { id },
        );
        expect(deleted.data?.deletePromotion.deletedId).toBe(id);
        const reused = await api.graphql<PromotionPayload<"createPromotion">, Record<string, unknown>>(
          CreatePromotion,
          {
            input: { code: "GONE", applicationMethod: tenPercent },
          },
        );
        expect(reused.data?.createPromotion.userErrors).toEqual([]);

        const tooLow = await api.graphql<CampaignPayload<"updateCampaign">, Record<string, unknown>>(UpdateCampaign, {
          input: { id: campaignId, endsAt: "2025-01-01T00:00:00Z" },
        });
        expect(tooLow.data?.updateCampaign.userErrors).toMatchObject([{ field: ["input", "endsAt"] }]);
        const limit = await api.graphql<CampaignPayload<"updateCampaign">, Record<string, unknown>>(UpdateCampaign, {
          input: { id: campaignId, budget: { limit: "50" } },
        });
        expect(limit.data?.updateCampaign.campaign?.budget).toEqual({ limit: "50" });
        await api.graphql(Delete("deleteCampaign"), { id: campaignId });
        const summer = await api.graphql<
          { promotions: { edges: { node: PromotionShape }[] } },
          Record<string, unknown>
        >(Promotions, { filter: { code: { eq: "SUMMER10" } } });
        expect(summer.data?.promotions.edges[0]?.node).toMatchObject({ campaignId: null, campaign: null });
        await bus.drain();
        expect(seen.sort()).toEqual([
          "campaign.deleted",
          "campaign.updated",
          "promotion.created",
          "promotion.created",
          "promotion.deleted",
        ]);
      });

      it("reads a page of promotions with their method, rules and campaign in the same SQL for 2 and for 6", async () => {
        const service = getContainer().resolve("promotion");
        const [campaign] = await service.createCampaignsWithBudget([
          { name: "Page", campaign_identifier: "page", budget: { type: "usage", limit: "9" } },
        ]);
        await service.createPromotionsWithDetails(
          [1, 2, 3, 4, 5, 6].map((i) => ({
            code: `PAGE${i}`,
            campaign_id: campaign?.id,
            application_method: { type: "percentage" as const, target_type: "order" as const, value: "5" },
            rules: [{ attribute: "region_id", operator: "eq" as const, values: [`reg_${i}`] }],
          })),
        );
        const page = (first: number) =>
          `{ promotions(first: ${first}, search: "PAGE") { totalCount edges { node { ${promotionFields} } } } }`;
        const statements = async (first: number) => {
          const db = getDatabase();
          db.resetQueryCount();
          await api.graphql("{ __typename }");
          const baseline = db.queryCount();
          db.resetQueryCount();
          const res = await api.graphql<{ promotions: { edges: unknown[] } }, Record<string, never>>(page(first));
          expect(res.data?.promotions.edges).toHaveLength(first);
          return db.queryCount() - baseline;
        };
        expect(await statements(2)).toBe(await statements(6));
      });

      it("is not readable without admin credentials", async () => {
        const res = await api.anonymous.graphql<unknown, Record<string, unknown>>(Promotions, {});
        expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      });
    });
  },
});
