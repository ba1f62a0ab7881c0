import { expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../../../framework/test-utils/runners.ts";
import type OrderModuleService from "../service.ts";
import { fulfillmentStatusOf, orderFulfillmentStatuses, paymentStatusOf } from "../status.ts";

const collection = (amounts: { a: string; au?: string; c?: string; r?: string }, status = "authorized") => ({
  status,
  amount: amounts.a,
  authorized_amount: amounts.au ?? "0",
  captured_amount: amounts.c ?? "0",
  refunded_amount: amounts.r ?? "0",
});

it("derives the payment status from the collections' amounts: refunds, then captures, then authorizations", () => {
  expect(paymentStatusOf([])).toBe("not_paid");
  expect(paymentStatusOf([collection({ a: "100" }, "not_paid")])).toBe("not_paid");
  expect(paymentStatusOf([collection({ a: "100" }, "awaiting")])).toBe("awaiting");
  expect(paymentStatusOf([{ ...collection({ a: "100" }, "awaiting"), session_statuses: ["requires_more"] }])).toBe(
    "requires_action",
  );
  expect(paymentStatusOf([collection({ a: "100", au: "100" })])).toBe("authorized");
  expect(paymentStatusOf([collection({ a: "100", au: "60" })])).toBe("partially_authorized");
  expect(paymentStatusOf([collection({ a: "100", au: "100", c: "40" })])).toBe("partially_captured");
  expect(paymentStatusOf([collection({ a: "100", au: "100", c: "100" })])).toBe("captured");
  expect(paymentStatusOf([collection({ a: "100", au: "100", c: "100", r: "30" })])).toBe("partially_refunded");
  expect(paymentStatusOf([collection({ a: "100", au: "100", c: "40", r: "40" })])).toBe("refunded");
  expect(paymentStatusOf([collection({ a: "100" }, "canceled")])).toBe("canceled");
  // A canceled order's collection whose remainder was voided: what was captured still tells.
  expect(paymentStatusOf([collection({ a: "100", c: "40", r: "40" }, "canceled")])).toBe("refunded");
  expect(paymentStatusOf([collection({ a: "100", c: "40" }, "canceled")])).toBe("partially_captured");
  // A canceled collection beside a live one does not count.
  expect(paymentStatusOf([collection({ a: "100" }, "canceled"), collection({ a: "50", au: "50" })])).toBe("authorized");
});

// The SQL the admin list filters with follows the same rules as the field (status.ts).
moduleIntegrationTestRunner<OrderModuleService>({
  moduleName: "order",
  resolve: "./modules/order",
  testSuite: ({ service }) => {
    it("filters by the fulfilment status the field derives, for every status", async () => {
      const q = (quantity: number, fulfilled = 0, shipped = 0, delivered = 0) => ({
        title: "x",
        unit_price: "1",
        quantity,
        fulfilled_quantity: fulfilled,
        shipped_quantity: shipped,
        delivered_quantity: delivered,
      });
      const shapes = [
        { status: "pending" as const, items: [q(2), q(1)] },
        { status: "pending" as const, items: [q(2, 1), q(1)] },
        { status: "pending" as const, items: [q(2, 2), q(1, 1)] },
        { status: "pending" as const, items: [q(2, 2, 1), q(1, 1)] },
        { status: "pending" as const, items: [q(2, 2, 2), q(1, 1, 1)] },
        { status: "pending" as const, items: [q(2, 2, 2, 1), q(1, 1, 1)] },
        { status: "pending" as const, items: [q(2, 2, 2, 2), q(1, 1, 1, 1)] },
        { status: "canceled" as const, items: [q(1)] },
      ];
      const orders = await service.createOrdersWithDetails(shapes.map((s) => ({ currency_code: "eur", ...s })));
      const derived = shapes.map((s) => fulfillmentStatusOf({ status: s.status, items: s.items }));
      expect(new Set(derived).size).toBe(orderFulfillmentStatuses.length);
      for (const status of orderFulfillmentStatuses) {
        const ids = await service.listOrderIdsByFulfillmentStatus([status]);
        expect({ status, ids: ids.sort() }).toEqual({
          status,
          ids: orders
            .filter((_, i) => derived[i] === status)
            .map((o) => o.id)
            .sort(),
        });
      }
    });
  },
});
