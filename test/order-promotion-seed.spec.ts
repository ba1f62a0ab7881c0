import { expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import type {
  AddItemAdjustmentAction,
  AddShippingMethodAdjustment,
  ComputeActionAdjustmentLine,
  ComputeActionItemLine,
  ComputeActionShippingLine,
} from "../src/modules/promotion/types.ts";

// The seed's "Apply Promotion on an Order's Items and Shipping" (Commerce Modules), run as written
// with the order and promotion modules; only the imports differ, and `?.` where a relation is
// optional in our row types (as in test/cart-promotions.spec.ts). Medusa's relation paths through
// its item wrappers ("items.item.adjustments") and `item.detail` are what retrieveOrder answers.

integrationTestRunner({
  testSuite: ({ getContainer }) => {
    it("sets the adjustments computeActions gives for an order's items and shipping", async () => {
      const container = getContainer();
      const orderModuleService = container.resolve("order");
      const promotionModuleService = container.resolve("promotion");
      // The seed's promo_123: 10 % off items; FREESHIP: shipping free. The order's lines carry a
      // coded adjustment (the seed reads only lines that have one), in USD as the seed assumes.
      await promotionModuleService.createPromotionsWithDetails([
        {
          code: "promo_123",
          status: "active",
          application_method: { type: "percentage", target_type: "items", allocation: "across", value: "10" },
        },
        {
          code: "FREESHIP",
          status: "active",
          application_method: { type: "percentage", target_type: "shipping_methods", allocation: "each", value: "100" },
        },
      ]);
      const [placed] = await orderModuleService.createOrdersWithDetails([
        {
          currency_code: "usd",
          email: "ann@example.com",
          items: [
            { title: "Shirt", quantity: 2, unit_price: "12.25", adjustments: [{ amount: "1", code: "OLD" }] },
            { title: "Mug", quantity: 1, unit_price: "8" },
          ],
          shipping_methods: [{ name: "Post", amount: "4.99", adjustments: [{ amount: "0.99", code: "OLDSHIP" }] }],
        },
      ]);
      const codes = ["promo_123", "FREESHIP"];

      // --- the seed, as written from here (its ord_123 is this order, its ["promo_123"] our codes) ---
      // retrieve the order
      const order = await orderModuleService.retrieveOrder(placed?.id ?? "", {
        relations: ["items.item.adjustments", "shipping_methods.shipping_method.adjustments"],
      });
      // retrieve the line item adjustments
      const lineItemAdjustments: ComputeActionItemLine[] = [];
      order.items?.forEach((item) => {
        const filteredAdjustments = item.adjustments?.filter(
          (adjustment) => adjustment.code !== undefined,
        ) as unknown as ComputeActionAdjustmentLine[];
        if (filteredAdjustments.length) {
          lineItemAdjustments.push({
            ...item,
            ...item.detail,
            adjustments: filteredAdjustments,
          });
        }
      });

      //retrieve shipping method adjustments
      const shippingMethodAdjustments: ComputeActionShippingLine[] = [];
      order.shipping_methods?.forEach((shippingMethod) => {
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
      const actions = await promotionModuleService.computeActions(codes, {
        items: lineItemAdjustments,
        shipping_methods: shippingMethodAdjustments,
        // TODO infer from cart or region
        currency_code: "usd",
      });

      // set the adjustments on the line items
      await orderModuleService.setOrderLineItemAdjustments(
        order.id,
        actions.filter((action) => action.action === "addItemAdjustment") as AddItemAdjustmentAction[],
      );

      // set the adjustments on the shipping methods
      await orderModuleService.setOrderShippingMethodAdjustments(
        order.id,
        actions.filter((action) => action.action === "addShippingMethodAdjustment") as AddShippingMethodAdjustment[],
      );
      // --- end of the seed ---

      // 10 % of 2 × 12.25 = 2.45 on the shirt (the mug had no adjustment, so the seed left it out);
      // shipping free; the OLD and OLDSHIP adjustments were not asked for again and are gone.
      const after = await orderModuleService.retrieveOrder(order.id, {
        relations: ["items.adjustments", "shipping_methods.adjustments"],
      });
      const shirt = after.items?.find((i) => i.title === "Shirt");
      const mug = after.items?.find((i) => i.title === "Mug");
      expect(shirt?.adjustments?.map((a) => [a.code, a.amount.toFixed(2)])).toEqual([["promo_123", "2.45"]]);
      expect(mug?.adjustments).toEqual([]);
      expect(after.shipping_methods?.[0]?.adjustments?.map((a) => [a.code, a.amount.toFixed(2)])).toEqual([
        ["FREESHIP", "4.99"],
      ]);
      expect(shirt?.detail).toMatchObject({ quantity: 2, fulfilled_quantity: 0 });
    });

    it("refuses an adjustment on another order's line and writes nothing", async () => {
      const order = getContainer().resolve("order");
      const [a, b] = await order.createOrdersWithDetails([
        {
          currency_code: "usd",
          items: [{ title: "A", quantity: 1, unit_price: "5", adjustments: [{ amount: "1", code: "X" }] }],
        },
        { currency_code: "usd", items: [{ title: "B", quantity: 1, unit_price: "5" }] },
      ]);
      const other = await order.retrieveOrder(b?.id ?? "", { relations: ["items"] });
      await expect(
        order.setOrderLineItemAdjustments(a?.id ?? "", [
          { item_id: other.items?.[0]?.id ?? "", amount: "1", code: "Y" },
        ]),
      ).rejects.toMatchObject({ type: "invalid_data" });
      const kept = await order.retrieveOrder(a?.id ?? "", { relations: ["items.adjustments"] });
      expect(kept.items?.[0]?.adjustments?.map((x) => x.code)).toEqual(["X"]);
    });
  },
});
