import { beforeAll, describe, expect, it } from "vitest";
import { recordEvents } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { type CartWorld, seedCartWorld } from "./fixtures/cart-world.ts";
import { checkoutConfig, setStock } from "./fixtures/checkout.ts";
import { placeOrder } from "./fixtures/placed-order.ts";

// applyOrderPromotions: an admin applies codes to a placed order; its discounts and totals follow
// (checked by hand), a `promotion` change is recorded, budgets are consumed as at checkout, and
// every refusal is typed and changes nothing.

type Payload = {
  order: {
    items: { adjustments: { code: string | null; amount: string }[] }[];
    shippingMethods: { adjustments: { code: string | null; amount: string }[] }[];
    totals: { discountTotal: string; taxTotal: string; shippingTotal: string; total: string };
  } | null;
  userErrors: { field: string[] | null; code: string; message: string }[];
};
const APPLY = `mutation($input: ApplyOrderPromotionsInput!) { applyOrderPromotions(input: $input) {
  order { items { adjustments { code amount } } shippingMethods { adjustments { code amount } }
    totals { discountTotal taxTotal shippingTotal total } }
  userErrors { field code message } } }`;

integrationTestRunner({
  config: checkoutConfig,
  testSuite: ({ api, getContainer }) => {
    let w: CartWorld;
    const c = () => getContainer();
    beforeAll(async () => {
      w = await seedCartWorld(api, c());
      await setStock(c(), "SHIRT-M", 1000);
      const promotion = c().resolve("promotion");
      const day = 86_400_000;
      const [past, once] = await promotion.createCampaignsWithBudget([
        { name: "Past", campaign_identifier: "past", ends_at: new Date(Date.now() - day) },
        { name: "Once", campaign_identifier: "once", budget: { type: "usage", limit: "1" } },
      ]);
      const pct = (value: string) => ({
        type: "percentage" as const,
        target_type: "items" as const,
        allocation: "across" as const,
        value,
      });
      await promotion.createPromotionsWithDetails([
        { code: "SORRY10", status: "active", application_method: pct("10") },
        { code: "OLD", status: "active", campaign_id: past?.id, application_method: pct("10") },
        { code: "ONCE", status: "active", campaign_id: once?.id, application_method: pct("5") },
        {
          code: "SHIPFREE",
          status: "active",
          application_method: { type: "percentage", target_type: "shipping_methods", allocation: "each", value: "100" },
        },
      ]);
    });
    const apply = async (orderId: string, codes: string[], client = api) => {
      const res = await client.graphql<{ applyOrderPromotions: Payload }, Record<string, unknown>>(APPLY, {
        input: { orderId, codes },
      });
      return res;
    };

    it("re-applies the order's promotion when an edit changes its items, in the preview and on confirm", async () => {
      const orderId = await placeOrder(w, c());
      const applied = await apply(orderId, ["SORRY10"]);
      // 2 × 120 incl. VAT, 10 % off: 240 − 24 = 216, + 4.90 shipping = 220.90 (discount 20 net of VAT).
      expect(applied.data?.applyOrderPromotions.order?.totals).toMatchObject({
        discountTotal: "20.00",
        total: "220.90",
      });
      const edit = async (field: string, input: Record<string, unknown>, selection: string) => {
        const type = `${field[0]?.toUpperCase()}${field.slice(1)}Input`;
        const res = await api.graphql<Record<string, Record<string, unknown>>, { input: Record<string, unknown> }>(
          `mutation($input: ${type}!) { ${field}(input: $input) { ${selection} userErrors { code } } }`,
          { input },
        );
        expect(res.errors).toBeUndefined();
        return res.data?.[field] ?? {};
      };
      const begun = (await edit("beginOrderEdit", { orderId }, "orderEdit { id items { id } }")) as {
        orderEdit: { id: string; items: { id: string }[] };
      };
      const changeId = begun.orderEdit.id;
      const itemId = begun.orderEdit.items[0]?.id ?? "";
      const previewed = (await edit(
        "orderEditUpdateItem",
        { changeId, itemId, quantity: 3 },
        "orderEdit { totalDifference totals { discountTotal total } }",
      )) as { orderEdit: { totalDifference: string; totals: { discountTotal: string; total: string } } };
      // 3 × 120 = 360, 10 % off is now 36 (30 net): 324 + 4.90 = 328.90, 108 more than before.
      expect(previewed.orderEdit).toEqual({
        totalDifference: "108.00",
        totals: { discountTotal: "30.00", total: "328.90" },
      });
      const confirmed = (await edit(
        "confirmOrderEdit",
        { changeId },
        "order { items { quantity adjustments { code amount } } totals { discountTotal total } }",
      )) as {
        order: {
          items: { quantity: number; adjustments: { code: string; amount: string }[] }[];
          totals: { discountTotal: string; total: string };
        };
      };
      expect(confirmed.order).toEqual({
        items: [{ quantity: 3, adjustments: [{ code: "SORRY10", amount: "36.00" }] }],
        totals: { discountTotal: "30.00", total: "328.90" },
      });
    });

    it("discounts the items and shipping, records the change and emits order.updated", async () => {
      const orderId = await placeOrder(w, c());
      const updated = recordEvents<{ id: string }>(c().resolve("eventBus"), "order.updated");
      const next = updated.next();
      const res = await apply(orderId, ["SORRY10", "SHIPFREE"]);
      const payload = res.data?.applyOrderPromotions;
      expect(payload?.userErrors).toEqual([]);
      // 2 × 120 incl. 20 % VAT: 10 % off is 24 gross (20 net); shipping 4.90 free. 216 in all, VAT 36.
      expect(payload?.order?.items[0]?.adjustments).toEqual([{ code: "SORRY10", amount: "24.00" }]);
      expect(payload?.order?.shippingMethods[0]?.adjustments).toEqual([{ code: "SHIPFREE", amount: "4.90" }]);
      expect(payload?.order?.totals).toMatchObject({ shippingTotal: "0.00", taxTotal: "36.00", total: "216.00" });
      expect(await next).toEqual({ id: orderId });
      const [change] = await c()
        .resolve("order")
        .listOrderChanges({ order_id: orderId, change_type: "promotion" }, { relations: ["actions"] });
      expect(change?.status).toBe("confirmed");
      expect(change?.actions?.map((a) => [a.action, (a.details as { code: string }).code])).toEqual([
        ["PROMOTION_ADD", "SORRY10"],
        ["PROMOTION_ADD", "SHIPFREE"],
      ]);
      // What the customer owes changed by 216 − 244.90.
      expect(change?.actions?.[0]?.amount?.toFixed(2)).toBe("-28.90");
      expect((await c().resolve("order").retrieveOrder(orderId)).version).toBe(2);
    });

    describe("refusals change nothing", () => {
      let orderId: string;
      beforeAll(async () => {
        orderId = await placeOrder(w, c());
      });
      const unchanged = async () => {
        const order = c().resolve("order");
        expect(await order.listLineItemAdjustments({ item: { order_id: orderId } })).toEqual([]);
        expect(await order.listOrderChanges({ order_id: orderId })).toEqual([]);
      };

      it.each([
        ["NOPE", "PROMOTION_CODE_UNKNOWN"],
        ["OLD", "PROMOTION_CODE_EXPIRED"],
      ])("%s is %s", async (code, expected) => {
        const res = await apply(orderId, ["SORRY10", code]);
        expect(res.data?.applyOrderPromotions.userErrors).toMatchObject([
          { code: expected, field: ["input", "codes"] },
        ]);
        expect(res.data?.applyOrderPromotions.order).toBeNull();
        await unchanged();
      });

      it("a used-up budget is PROMOTION_BUDGET_EXCEEDED", async () => {
        const first = await placeOrder(w, c());
        expect((await apply(first, ["ONCE"])).data?.applyOrderPromotions.userErrors).toEqual([]);
        const [budget] = await c().resolve("promotion").listCampaignBudgets({});
        expect(budget?.used.toFixed()).toBe("1");
        const res = await apply(orderId, ["ONCE"]);
        expect(res.data?.applyOrderPromotions.userErrors).toMatchObject([{ code: "PROMOTION_BUDGET_EXCEEDED" }]);
        await unchanged();
      });

      it("a canceled order is ORDER_CANCELED", async () => {
        const canceled = await placeOrder(w, c());
        await c().resolve("order").updateOrders({ id: canceled, status: "canceled" });
        const res = await apply(canceled, ["SORRY10"]);
        expect(res.data?.applyOrderPromotions.userErrors).toMatchObject([{ code: "ORDER_CANCELED" }]);
      });

      it("a storefront may not call it", async () => {
        const res = await apply(orderId, ["SORRY10"], w.guest);
        expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        await unchanged();
      });
    });
  },
});
