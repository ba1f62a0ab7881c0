import { beforeAll, expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import type { NotificationMessage } from "../src/modules/notification/providers/types.ts";
import type { OrderNoticeData } from "../src/workflows/order/notifications.ts";
import { type CartWorld, seedCartWorld } from "./fixtures/cart-world.ts";
import { checkoutConfig, setStock } from "./fixtures/checkout.ts";
import { placeOrder } from "./fixtures/placed-order.ts";

// The order's notices through the notification module: the confirmation on order.placed and the
// shipment notice on order.shipment_created, each with the order's items and totals. The test
// waits on the email provider itself (wrapped), never on time.

integrationTestRunner({
  config: checkoutConfig,
  testSuite: ({ api, getContainer }) => {
    let w: CartWorld;
    const c = () => getContainer();
    const sent: NotificationMessage[] = [];
    const waiters: ((m: NotificationMessage) => void)[] = [];
    /** The message with this template about this order that the email provider sends (or sent already). */
    const notice = (template: string, orderId: string) => {
      const about = (m: NotificationMessage) =>
        m.template === template && (m.data as OrderNoticeData).order.id === orderId;
      const found = sent.find(about);
      return found
        ? Promise.resolve(found)
        : new Promise<NotificationMessage>((resolve) => waiters.push((m) => about(m) && resolve(m)));
    };
    beforeAll(async () => {
      w = await seedCartWorld(api, c());
      await setStock(c(), "SHIRT-M", 1000);
      const notification = c().resolve("notification");
      const provider = notification.getProvider(notification.providerIdFor("email"));
      notification.registerProvider({
        id: provider.id,
        send: async (message) => {
          const result = await provider.send(message);
          sent.push(message);
          for (const waiter of waiters) waiter(message);
          return result;
        },
      });
    });

    it("sends the order confirmation with the items and totals when the order is placed", async () => {
      const orderId = await placeOrder(w, c(), { email: "ann.orders@example.com" });
      const message = await notice("order-placed-template", orderId);
      expect(message).toMatchObject({ to: "ann.orders@example.com", channel: "email" });
      const data = message.data as OrderNoticeData;
      expect(data.order.items).toEqual([
        { title: "Shirt", variant_title: "M", quantity: 2, unit_price: "120.00", total: "240.00" },
      ]);
      expect(data.order.totals).toEqual({
        subtotal: "204.08",
        discount_total: "0.00",
        shipping_total: "4.90",
        tax_total: "40.82",
        total: "244.90",
      });
      expect(data.subject).toMatch(/^Order #\d+ confirmed$/);
      expect(data.text).toContain("2 × Shirt (M)  240.00 EUR");
      expect(data.text).toContain("Total  244.90 EUR");
      // The notification module keeps the record (what an admin's inbox view reads).
      expect((await api.inbox("ann.orders@example.com")).map((m) => m.template)).toContain("order-placed-template");
    });

    it("sends a shipment notice on order.shipment_created", async () => {
      const orderId = await placeOrder(w, c(), { email: "ship.notice@example.com" });
      await c()
        .resolve("eventBus")
        .emit([{ name: "order.shipment_created", data: { id: orderId, fulfillment_id: "ful_test" } }]);
      const message = await notice("order-shipped-template", orderId);
      const data = message.data as OrderNoticeData;
      expect(message.to).toBe("ship.notice@example.com");
      expect(data.subject).toMatch(/has shipped$/);
      expect(data.fulfillment).toEqual({ id: "ful_test", tracking_numbers: [] });
      expect(data.order.totals.total).toBe("244.90");
      expect(data.text).toContain("Your order is on its way.");
    });
  },
});
