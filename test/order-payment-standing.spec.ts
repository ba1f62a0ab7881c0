import { expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { paymentStatusOf } from "../src/modules/order/status.ts";
import type PaymentModuleService from "../src/modules/payment/service.ts";

// The admin order list filters by payment status in SQL (the payment module's standingSql); the
// Order.paymentStatus field derives it in code (the order module's paymentStatusOf). Both must
// agree for every status a collection can stand in.
moduleIntegrationTestRunner<PaymentModuleService>({
  moduleName: "payment",
  resolve: "./modules/payment",
  testSuite: ({ service }) => {
    it("gives each collection the standing paymentStatusOf derives", async () => {
      const shapes = [
        { status: "not_paid", amount: "100" },
        { status: "awaiting", amount: "100" },
        { status: "authorized", amount: "100", authorized_amount: "100" },
        { status: "partially_authorized", amount: "100", authorized_amount: "60" },
        { status: "authorized", amount: "100", authorized_amount: "100", captured_amount: "40" },
        { status: "completed", amount: "100", authorized_amount: "100", captured_amount: "100" },
        { status: "completed", amount: "100", authorized_amount: "100", captured_amount: "100", refunded_amount: "30" },
        { status: "authorized", amount: "100", authorized_amount: "100", captured_amount: "40", refunded_amount: "40" },
        { status: "canceled", amount: "100" },
      ];
      const rows = [];
      for (const shape of shapes) rows.push(await service.createPaymentCollections({ currency_code: "usd", ...shape }));
      const requiresMore = await service.createPaymentCollections({
        currency_code: "usd",
        amount: "100",
        status: "awaiting",
      });
      await service.createPaymentSessions({
        payment_collection_id: requiresMore.id,
        provider_id: "pp_system_default",
        currency_code: "usd",
        amount: "100",
        status: "requires_more",
      });
      const expected = new Map<string, string>();
      for (const [i, row] of rows.entries()) {
        const shape = shapes[i] ?? { status: "", amount: "0" };
        expected.set(
          row.id,
          paymentStatusOf([{ authorized_amount: "0", captured_amount: "0", refunded_amount: "0", ...shape }]),
        );
      }
      expected.set(requiresMore.id, "requires_action");
      expect(new Set(expected.values()).size).toBe(10);
      for (const standing of new Set(expected.values())) {
        const ids = await service.listCollectionIdsByStanding([standing]);
        expect({ standing, ids: ids.sort() }).toEqual({
          standing,
          ids: [...expected]
            .filter(([, s]) => s === standing)
            .map(([id]) => id)
            .sort(),
        });
      }
    });
  },
});
