import { describe, expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../../../framework/test-utils/runners.ts";
import type PromotionModuleService from "../service.ts";
import { Decimal } from "../../../framework/money/index.ts";
import type {
  AddItemAdjustmentAction,
  AddShippingMethodAdjustment,
  ApplicationMethodInput,
  ComputeActionAdjustmentLine,
  ComputeActionItemLine,
  ComputeActionShippingLine,
  CreatePromotionInput,
} from "../types.ts";

const day = 86_400_000;
let n = 0;
const fresh = (prefix: string) => `${prefix}-${++n}`;

// Lines used across tests; amounts are decimal strings, as carts hold them.
const shirt = (qty = 3): ComputeActionItemLine => ({
  id: "item_shirt",
  quantity: qty,
  unit_price: "20",
  product: { id: "prod_shirt", type_id: "ptyp_top", collection_id: "pcol_summer", categories: [{ id: "pcat_men" }] },
});
const cap: ComputeActionItemLine = { id: "item_cap", quantity: 1, subtotal: "15.50", product: { id: "prod_cap" } };

// A cart as a cart module reads it (Prisma rows: Decimal amounts, nullable codes), for the seed's example.
type Adjustment = { id: string; code: string | null; amount: Decimal; promotion_id: string | null };
type Cart = {
  id: string;
  currency_code: string;
  items: {
    id: string;
    title: string;
    quantity: number;
    unit_price: Decimal;
    product_id: string | null;
    adjustments?: Adjustment[];
  }[];
  shipping_methods: { id: string; name: string; amount: Decimal; adjustments?: Adjustment[] }[];
};
function fakeCartModule(cart: Cart) {
  const set: Record<string, unknown[]> = {};
  return {
    set,
    retrieveCart: async (_id: string, _config: { relations: string[] }) => cart,
    setLineItemAdjustments: async (_id: string, actions: AddItemAdjustmentAction[]) => {
      set.items = actions;
    },
    setShippingMethodAdjustments: async (_id: string, actions: AddShippingMethodAdjustment[]) => {
      set.shipping = actions;
    },
  };
}

moduleIntegrationTestRunner<PromotionModuleService>({
  moduleName: "promotion",
  resolve: "./modules/promotion",
  testSuite: ({ service }) => {
    async function promo(
      method: Partial<ApplicationMethodInput>,
      extra: Partial<CreatePromotionInput> = {},
    ): Promise<string> {
      const code = extra.code ?? fresh("CODE");
      await service.createPromotionsWithDetails([
        {
          code,
          status: "active",
          ...extra,
          application_method: {
            type: "percentage",
            target_type: "items",
            allocation: "each",
            value: "10",
            ...method,
          },
        },
      ]);
      return code;
    }
    const amounts = (actions: { action: string }[]) =>
      actions.map((a) => {
        const { promotion_id: _, ...rest } = a as Record<string, unknown>;
        return rest;
      });

    describe("standard promotions on items", () => {
      it("percentage each: 10 % of at most 2 units per line", async () => {
        const code = await promo({ value: "10", max_quantity: 2 });
        const actions = await service.computeActions([code], { currency_code: "eur", items: [shirt(), cap] });
        // shirt: 10 % × 20 × 2 units = 4.00; cap: 10 % × 15.50 = 1.55
        expect(amounts(actions)).toEqual([
          { action: "addItemAdjustment", item_id: "item_shirt", amount: "4.00", code },
          { action: "addItemAdjustment", item_id: "item_cap", amount: "1.55", code },
        ]);
        expect(actions[0]).toMatchObject({ promotion_id: expect.stringMatching(/^promo_/) });
      });

      it("percentage across: 15 % of every line, rounded half-up per line", async () => {
        const code = await promo({ value: "15", allocation: "across" });
        const actions = await service.computeActions([code], { currency_code: "eur", items: [shirt(), cap] });
        // 15 % × 60 = 9.00; 15 % × 15.50 = 2.325 → 2.33
        expect(amounts(actions).map((a) => a.amount)).toEqual(["9.00", "2.33"]);
      });

      it("fixed across: 10 EUR split by line amount, the parts adding up to exactly 10", async () => {
        const code = await promo({ type: "fixed", value: "10", allocation: "across", currency_code: "eur" });
        const actions = await service.computeActions([code], { currency_code: "eur", items: [shirt(), cap] });
        // 10 × 60 / 75.50 = 7.947… → 7.95; the rest 2.05
        expect(amounts(actions).map((a) => a.amount)).toEqual(["7.95", "2.05"]);
        const thirds = await service.computeActions([code], {
          currency_code: "eur",
          items: ["a", "b", "c"].map((id) => ({ id, quantity: 1, subtotal: "10" })),
        });
        expect(amounts(thirds).map((a) => a.amount)).toEqual(["3.33", "3.33", "3.34"]);
      });

      it("fixed each: 5 EUR per unit on at most 2 units, never more than the line", async () => {
        const code = await promo({ type: "fixed", value: "5", max_quantity: 2, currency_code: "eur" });
        const cheap = { id: "item_cheap", quantity: 1, unit_price: "3" };
        const actions = await service.computeActions([code], { currency_code: "eur", items: [shirt(), cheap] });
        expect(amounts(actions).map((a) => a.amount)).toEqual(["10.00", "3.00"]);
      });

      it("an order promotion spreads across the items; a fixed one in another currency does not apply", async () => {
        const order = await promo({ value: "10", target_type: "order", allocation: null });
        const actions = await service.computeActions([order], { currency_code: "eur", items: [shirt(), cap] });
        expect(amounts(actions).map((a) => a.amount)).toEqual(["6.00", "1.55"]);
        const usd = await promo({ type: "fixed", value: "5", currency_code: "usd", max_quantity: 1 });
        expect(await service.computeActions([usd], { currency_code: "eur", items: [shirt()] })).toEqual([]);
      });

      it("rounds to the currency: 10 % of 999 JPY is 100", async () => {
        const code = await promo({ value: "10" });
        const actions = await service.computeActions([code], {
          currency_code: "jpy",
          items: [{ id: "item_jp", quantity: 1, unit_price: "999" }],
        });
        expect(amounts(actions)).toEqual([{ action: "addItemAdjustment", item_id: "item_jp", amount: "100", code }]);
      });

      it("a second promotion discounts what the first left, and existing adjustments are removed first", async () => {
        const first = await promo({ value: "50", allocation: "across" });
        const second = await promo({ value: "50", allocation: "across" });
        const item = { ...cap, adjustments: [{ id: "adj_old", code: first }] };
        const actions = await service.computeActions([first, second], { currency_code: "eur", items: [item] });
        expect(amounts(actions)).toEqual([
          { action: "removeItemAdjustment", adjustment_id: "adj_old", code: first },
          { action: "addItemAdjustment", item_id: "item_cap", amount: "7.75", code: first },
          { action: "addItemAdjustment", item_id: "item_cap", amount: "3.88", code: second },
        ]);
      });
    });

    describe("shipping", () => {
      it("free shipping (100 % each) and a fixed amount across the methods", async () => {
        const free = await promo({ value: "100", target_type: "shipping_methods" });
        const methods = [
          { id: "sm_1", amount: "4.99" },
          { id: "sm_2", subtotal: "10" },
        ];
        expect(
          amounts(await service.computeActions([free], { currency_code: "eur", shipping_methods: methods })),
        ).toEqual([
          { action: "addShippingMethodAdjustment", shipping_method_id: "sm_1", amount: "4.99", code: free },
          { action: "addShippingMethodAdjustment", shipping_method_id: "sm_2", amount: "10.00", code: free },
        ]);
        const six = await promo({
          type: "fixed",
          value: "6",
          currency_code: "eur",
          target_type: "shipping_methods",
          allocation: "across",
        });
        const actions = await service.computeActions([six], { currency_code: "eur", shipping_methods: methods });
        // 6 × 4.99 / 14.99 = 1.997… → 2.00; the rest 4.00
        expect(amounts(actions).map((a) => a.amount)).toEqual(["2.00", "4.00"]);
      });
    });

    describe("buy-get", () => {
      it("buy 2 shirts, get 1 cap free; with 1 shirt nothing", async () => {
        const code = await promo(
          {
            value: "100",
            allocation: "each",
            apply_to_quantity: 1,
            buy_rules_min_quantity: 2,
            buy_rules: [{ attribute: "items.product.id", operator: "eq", values: ["prod_shirt"] }],
            target_rules: [{ attribute: "items.product.id", operator: "eq", values: ["prod_cap"] }],
          },
          { type: "buyget" },
        );
        const twoCaps = { ...cap, quantity: 2, subtotal: "31" };
        expect(
          amounts(await service.computeActions([code], { currency_code: "eur", items: [shirt(2), twoCaps] })),
        ).toEqual([{ action: "addItemAdjustment", item_id: "item_cap", amount: "15.50", code }]);
        expect(await service.computeActions([code], { currency_code: "eur", items: [shirt(1), twoCaps] })).toEqual([]);
      });
    });

    describe("rules", () => {
      const context = {
        currency_code: "eur",
        region_id: "reg_eu",
        sales_channel_id: "sc_web",
        customer: { id: "cus_1", groups: [{ id: "cusgroup_vip" }, { id: "cusgroup_news" }] },
        items: [shirt(), cap],
      };

      it("applies when the region, currency, channel and customer group match, and not otherwise", async () => {
        const code = await promo(
          { value: "10", allocation: "across" },
          {
            rules: [
              { attribute: "region_id", operator: "eq", values: ["reg_eu"] },
              { attribute: "currency_code", operator: "in", values: ["eur", "dkk"] },
              { attribute: "sales_channel_id", operator: "ne", values: ["sc_pos"] },
              { attribute: "customer.groups.id", operator: "in", values: ["cusgroup_vip"] },
            ],
          },
        );
        expect(await service.computeActions([code], context)).toHaveLength(2);
        expect(await service.computeActions([code], { ...context, region_id: "reg_us" })).toEqual([]);
        expect(await service.computeActions([code], { ...context, customer: { id: "cus_2", groups: [] } })).toEqual([]);
        expect(await service.computeActions([code], { ...context, customer: undefined })).toEqual([]);
        expect(await service.checkPromotionCodes([code], { ...context, region_id: "reg_us" })).toEqual([
          { code, status: "rules_not_met" },
        ]);
      });

      it("target rules pick lines by product, type, collection or category", async () => {
        for (const [attribute, value] of [
          ["items.product.id", "prod_shirt"],
          ["items.product.type_id", "ptyp_top"],
          ["items.product.collection_id", "pcol_summer"],
          ["items.product.categories.id", "pcat_men"],
        ] as const) {
          const code = await promo({
            value: "10",
            allocation: "across",
            target_rules: [{ attribute, operator: "in", values: [value] }],
          });
          const actions = await service.computeActions([code], context);
          expect(amounts(actions), attribute).toEqual([
            { action: "addItemAdjustment", item_id: "item_shirt", amount: "6.00", code },
          ]);
        }
      });

      it("a rule on the cart's products: gte on a quantity", async () => {
        const code = await promo(
          { value: "10", allocation: "across" },
          { rules: [{ attribute: "items.quantity", operator: "gte", values: ["3"] }] },
        );
        expect(await service.computeActions([code], context)).toHaveLength(2);
        expect(await service.computeActions([code], { ...context, items: [shirt(2)] })).toEqual([]);
      });
    });

    describe("status, dates and automatic promotions", () => {
      it("unknown, draft, expired and not started codes give nothing, and say why", async () => {
        const draft = await promo({}, { status: "draft" });
        const [expired, future] = await service.createCampaignsWithBudget([
          { name: "Old", campaign_identifier: fresh("old"), ends_at: new Date(Date.now() - day) },
          { name: "Soon", campaign_identifier: fresh("soon"), starts_at: new Date(Date.now() + day) },
        ]);
        const old = await promo({}, { campaign_id: expired?.id });
        const soon = await promo({}, { campaign_id: future?.id });
        const context = { currency_code: "eur", items: [shirt()] };
        expect(await service.computeActions(["NOPE", draft, old, soon], context)).toEqual([]);
        expect(await service.checkPromotionCodes(["NOPE", draft, old, soon], context)).toEqual([
          { code: "NOPE", status: "unknown" },
          { code: draft, status: "inactive" },
          { code: old, status: "expired" },
          { code: soon, status: "not_started" },
        ]);
      });

      it("an automatic promotion applies without a code, unless prevented", async () => {
        const code = await promo({ value: "20", allocation: "across" }, { is_automatic: true });
        const context = { currency_code: "eur", items: [{ id: "item_auto", quantity: 1, subtotal: "50" }] };
        const actions = await service.computeActions([], context);
        expect(amounts(actions).filter((a) => a.code === code)).toEqual([
          { action: "addItemAdjustment", item_id: "item_auto", amount: "10.00", code },
        ]);
        const prevented = await service.computeActions([], context, { prevent_auto_promotions: true });
        expect(prevented).toEqual([]);
        await service.updatePromotionWithDetails({
          id: (await service.listPromotions({ code }))[0]?.id ?? "",
          status: "inactive",
        });
      });

      it("a budget that cannot cover the use gives campaignBudgetExceeded and no adjustment", async () => {
        const [campaign] = await service.createCampaignsWithBudget([
          {
            name: "Spend",
            campaign_identifier: fresh("spend"),
            budget: { type: "spend", limit: "5", currency_code: "eur" },
          },
        ]);
        const code = await promo({ value: "10", allocation: "across" }, { campaign_id: campaign?.id });
        // 10 % of 60 = 6 > 5 left
        expect(await service.computeActions([code], { currency_code: "eur", items: [shirt()] })).toEqual([
          { action: "campaignBudgetExceeded", code },
        ]);
        // 10 % of 40 = 4 fits
        expect(amounts(await service.computeActions([code], { currency_code: "eur", items: [shirt(2)] }))).toEqual([
          { action: "addItemAdjustment", item_id: "item_shirt", amount: "4.00", code },
        ]);
      });
    });

    describe("the seed's Apply Promotion on Cart Items and Shipping", () => {
      it("runs as written, imports aside", async () => {
        const code = await promo({ value: "10", allocation: "across" }, { code: "promo_123" });
        await promo({ value: "100", target_type: "shipping_methods" }, { code: "FREESHIP" });
        const adjustment = (id: string, c: string): Adjustment => ({
          id,
          code: c,
          amount: new Decimal(1),
          promotion_id: null,
        });
        const cartModuleService = fakeCartModule({
          id: "cart_123",
          currency_code: "eur",
          items: [
            {
              id: "item_1",
              title: "Shirt",
              quantity: 2,
              unit_price: new Decimal("12.25"),
              product_id: "prod_1",
              adjustments: [adjustment("adj_1", code)],
            },
            {
              id: "item_2",
              title: "Cap",
              quantity: 1,
              unit_price: new Decimal("5"),
              product_id: "prod_2",
              adjustments: [],
            },
          ],
          shipping_methods: [
            {
              id: "sm_1",
              name: "Standard",
              amount: new Decimal("4.99"),
              adjustments: [adjustment("adj_2", "FREESHIP")],
            },
          ],
        });
        const promotionModuleService = service;

        // --- the seed, verbatim from here (its imports are the ones above) ---
        // retrieve the cart
        const cart = await cartModuleService.retrieveCart("cart_123", {
          relations: ["items.adjustments", "shipping_methods.adjustments"],
        });

        // retrieve line item adjustments
        const lineItemAdjustments: ComputeActionItemLine[] = [];
        cart.items.forEach((item) => {
          const filteredAdjustments = item.adjustments?.filter(
            (adjustment) => adjustment.code !== undefined,
          ) as unknown as ComputeActionAdjustmentLine[];
          if (filteredAdjustments.length) {
            lineItemAdjustments.push({
              ...item,
              adjustments: filteredAdjustments,
            });
          }
        });

        // retrieve shipping method adjustments
        const shippingMethodAdjustments: ComputeActionShippingLine[] = [];
        cart.shipping_methods.forEach((shippingMethod) => {
          const filteredAdjustments = shippingMethod.adjustments?.filter(
            (adjustment) => adjustment.code !== undefined,
          ) as unknown as ComputeActionAdjustmentLine[];
          if (filteredAdjustments.length) {
            shippingMethodAdjustments.push({
              ...shippingMethod,
              adjustments: filteredAdjustments,
            });
          }
        });

        // compute actions
        const actions = await promotionModuleService.computeActions(["promo_123"], {
          items: lineItemAdjustments,
          shipping_methods: shippingMethodAdjustments,
        });

        // set the adjustments on the line item
        await cartModuleService.setLineItemAdjustments(
          cart.id,
          actions.filter((action) => action.action === "addItemAdjustment") as AddItemAdjustmentAction[],
        );

        // set the adjustments on the shipping method
        await cartModuleService.setShippingMethodAdjustments(
          cart.id,
          actions.filter((action) => action.action === "addShippingMethodAdjustment") as AddShippingMethodAdjustment[],
        );
        // --- end of the seed ---

        // Only the items carrying a coded adjustment are in the context (the seed's filter): item_1,
        // 2 × 12.25 = 24.50, 10 % = 2.45. FREESHIP was not asked for again: its adjustment goes.
        expect(amounts(actions)).toEqual([
          { action: "removeShippingMethodAdjustment", adjustment_id: "adj_2", code: "FREESHIP" },
          { action: "removeItemAdjustment", adjustment_id: "adj_1", code },
          { action: "addItemAdjustment", item_id: "item_1", amount: "2.45", code },
        ]);
        expect(cartModuleService.set.items).toHaveLength(1);
        expect(cartModuleService.set.shipping).toEqual([]);
      });
    });
  },
});
