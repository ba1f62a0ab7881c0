import { expect, it } from "vitest";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { moduleIntegrationTestRunner } from "../../../framework/test-utils/runners.ts";
import type PromotionModuleService from "../service.ts";
import type { CampaignBudgetInput } from "../types.ts";

let n = 0;
const fresh = (prefix: string) => `${prefix}-${++n}`;
const context = (id = "item_1", subtotal = "40") => ({ currency_code: "eur", items: [{ id, quantity: 1, subtotal }] });

moduleIntegrationTestRunner<PromotionModuleService>({
  moduleName: "promotion",
  resolve: "./modules/promotion",
  testSuite: ({ service }) => {
    /** An active 10 % promotion in a campaign with `budget`; returns its code and the budget's id. */
    async function budgeted(budget: CampaignBudgetInput) {
      const [campaign] = await service.createCampaignsWithBudget([
        { name: "Budgeted", campaign_identifier: fresh("camp"), budget },
      ]);
      const code = fresh("BUDGET");
      await service.createPromotionsWithDetails([
        {
          code,
          status: "active",
          campaign_id: campaign?.id,
          application_method: { type: "percentage", target_type: "items", allocation: "across", value: "10" },
        },
      ]);
      return { code, budgetId: campaign?.budget?.id ?? "" };
    }
    const used = async (budgetId: string) => (await service.retrieveCampaignBudget(budgetId)).used.toFixed();

    it("a spend budget consumes the adjustments' amounts and gets them back on revert", async () => {
      const { code, budgetId } = await budgeted({ type: "spend", limit: "10", currency_code: "eur" });
      const actions = await service.computeActions([code], {
        currency_code: "eur",
        items: [
          { id: "a", quantity: 1, subtotal: "30" },
          { id: "b", quantity: 1, subtotal: "15" },
        ],
      });
      await service.registerUsage(actions);
      expect(await used(budgetId)).toBe("4.5");
      await service.revertUsage(actions);
      expect(await used(budgetId)).toBe("0");
    });

    it("a usage budget counts one use per promotion, whatever the number of lines", async () => {
      const { code, budgetId } = await budgeted({ type: "usage", limit: "3" });
      const actions = await service.computeActions([code], {
        currency_code: "eur",
        items: [
          { id: "a", quantity: 1, subtotal: "30" },
          { id: "b", quantity: 1, subtotal: "15" },
        ],
      });
      expect(actions).toHaveLength(2);
      await service.registerUsage(actions);
      expect(await used(budgetId)).toBe("1");
    });

    it("a use past the limit is NOT_ALLOWED and consumes nothing, also of the other budgets", async () => {
      const small = await budgeted({ type: "spend", limit: "3", currency_code: "eur" });
      const big = await budgeted({ type: "usage", limit: "10" });
      const actions = [
        ...(await service.computeActions([big.code], context("x", "20"))),
        { action: "addItemAdjustment" as const, item_id: "x", amount: "4", code: small.code },
      ];
      const error = await service.registerUsage(actions).catch((e: unknown) => e);
      expect(TesseraError.is(error) && error.type).toBe(TesseraError.Types.NOT_ALLOWED);
      expect(await used(small.budgetId)).toBe("0");
      expect(await used(big.budgetId)).toBe("0");
    });

    it("20 concurrent uses of a usage budget of 5: exactly 5 succeed and it never goes past 5", async () => {
      const { code, budgetId } = await budgeted({ type: "usage", limit: "5" });
      const actions = await service.computeActions([code], context());
      const results = await Promise.allSettled(Array.from({ length: 20 }, () => service.registerUsage(actions)));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(refused.every((r) => TesseraError.is(r.reason) && r.reason.type === TesseraError.Types.NOT_ALLOWED)).toBe(
        true,
      );
      expect(await used(budgetId)).toBe("5");
      // Used up: computeActions now says so instead of adding the discount.
      expect(await service.computeActions([code], context())).toEqual([{ action: "campaignBudgetExceeded", code }]);
      expect(await service.checkPromotionCodes([code], context())).toEqual([{ code, status: "budget_exceeded" }]);
    });

    it("20 concurrent spends of 4 on a budget of 30: 7 succeed, 28 used", async () => {
      const { code, budgetId } = await budgeted({ type: "spend", limit: "30", currency_code: "eur" });
      const actions = await service.computeActions([code], context());
      expect(actions).toMatchObject([{ amount: "4.00" }]);
      const results = await Promise.allSettled(Array.from({ length: 20 }, () => service.registerUsage(actions)));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(7);
      expect(await used(budgetId)).toBe("28");
    });
  },
});
