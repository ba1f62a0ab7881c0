import { expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../../../framework/test-utils/runners.ts";
import { signTestWebhook, TEST_SIGNATURE_HEADER, TestPaymentProvider } from "../providers/test-provider.ts";
import type PaymentModuleService from "../service.ts";

const webhookSecret = "whsec_module_test";

// On PostgreSQL the concurrent calls take their own pooled connections and race for real; on
// PGlite (one connection) they serialise and must give the same answer.
moduleIntegrationTestRunner<PaymentModuleService>({
  moduleName: "payment",
  resolve: "./modules/payment",
  moduleOptions: {
    providers: [
      // The seed writes `provider_id: "stripe"`: a provider configured with that id.
      { resolve: TestPaymentProvider, id: "stripe", options: { webhookSecret } },
      { resolve: TestPaymentProvider, id: "test", options: { webhookSecret } },
    ],
  },
  testSuite: ({ service: paymentModuleService }) => {
    const service = paymentModuleService;

    /** A collection of `amount` usd with one test-provider session authorized into a payment. */
    async function authorizedPayment(amount: string, data: Record<string, unknown> = {}) {
      const collection = await service.createPaymentCollections({ currency_code: "usd", amount });
      const session = await service.createPaymentSession(collection.id, {
        provider_id: "pp_test_test",
        currency_code: "usd",
        amount,
        data,
      });
      const payment = await service.authorizePaymentSession(session.id, {});
      return { collection, session, payment };
    }

    it("runs the seed's Accept Payment using Module: create a collection, a session, authorize it", async () => {
      const paymentCollection = await paymentModuleService.createPaymentCollections({
        region_id: "reg_123",
        currency_code: "usd",
        amount: 5000,
      });
      // Here the seed links the collection to the cart; test/seed-accept-payment.spec.ts runs the
      // example whole, link included, in an app with the cart module.
      const paymentSession = await paymentModuleService.createPaymentSession(paymentCollection.id, {
        provider_id: "stripe",
        currency_code: "usd",
        amount: 5000,
        data: {
          // any necessary data for the
          // payment provider
        },
      });
      const payment = await paymentModuleService.authorizePaymentSession(paymentSession.id, {});

      expect(paymentSession.provider_id).toBe("pp_test_stripe");
      expect(payment).toMatchObject({ provider_id: "pp_test_stripe", currency_code: "usd" });
      expect(String(payment.amount)).toBe("5000");
      const collection = await service.retrievePaymentCollection(paymentCollection.id, {
        relations: ["payment_sessions", "payments"],
      });
      expect(collection.status).toBe("authorized");
      expect(String(collection.authorized_amount)).toBe("5000");
      expect(collection.payment_sessions?.map((s) => s.status)).toEqual(["authorized"]);
    });

    it("lists the built-in system provider and the configured ones; the system provider authorizes at once", async () => {
      const providers = await service.listPaymentProviders({}, { order: { id: "ASC" } });
      expect(providers.map((p) => [p.id, p.is_enabled])).toEqual([
        ["pp_system_default", true],
        ["pp_test_stripe", true],
        ["pp_test_test", true],
      ]);
      const collection = await service.createPaymentCollections({ currency_code: "eur", amount: "10.00" });
      const session = await service.createPaymentSession(collection.id, {
        provider_id: "pp_system_default",
        currency_code: "eur",
        amount: "10.00",
      });
      expect((await service.retrievePaymentCollection(collection.id)).status).toBe("awaiting");
      const payment = await service.authorizePaymentSession(session.id);
      expect(payment.provider_id).toBe("pp_system_default");
      expect((await service.retrievePaymentCollection(collection.id)).status).toBe("authorized");
    });

    it("refuses a session in another currency, a non-positive amount and an unknown or disabled provider, writing nothing", async () => {
      const collection = await service.createPaymentCollections({ currency_code: "usd", amount: 20 });
      const attempt = (input: Partial<Parameters<typeof service.createPaymentSession>[1]>) =>
        service
          .createPaymentSession(collection.id, {
            provider_id: "pp_test_test",
            currency_code: "usd",
            amount: 20,
            ...input,
          })
          .catch((e: { type: string; field?: string[] }) => [e.type, e.field]);
      expect(await attempt({ currency_code: "eur" })).toEqual(["invalid_data", ["currencyCode"]]);
      expect(await attempt({ amount: 0 })).toEqual(["invalid_data", ["amount"]]);
      expect(await attempt({ provider_id: "pp_nope" })).toEqual(["invalid_data", ["providerId"]]);
      await service.updatePaymentProviders({ id: "pp_test_test", is_enabled: false });
      expect(await attempt({})).toEqual(["not_allowed", ["providerId"]]);
      await service.updatePaymentProviders({ id: "pp_test_test", is_enabled: true });
      expect(await service.listPaymentSessions({ payment_collection_id: collection.id })).toEqual([]);
      expect((await service.retrievePaymentCollection(collection.id)).status).toBe("not_paid");
    });

    it("stores a decline (amount ending in .01) and a request for more action (.02) on the session, creating no payment", async () => {
      const collection = await service.createPaymentCollections({ currency_code: "usd", amount: "30.01" });
      const declined = await service.createPaymentSession(collection.id, {
        provider_id: "pp_test_test",
        currency_code: "usd",
        amount: "30.01",
      });
      await expect(service.authorizePaymentSession(declined.id)).rejects.toMatchObject({
        type: "not_allowed",
        message: "The payment was declined",
      });
      expect((await service.retrievePaymentSession(declined.id)).status).toBe("error");
      expect((await service.retrievePaymentCollection(collection.id)).status).toBe("failed");

      const more = await service.createPaymentSession(collection.id, {
        provider_id: "pp_test_test",
        currency_code: "usd",
        amount: "30.02",
      });
      await expect(service.authorizePaymentSession(more.id)).rejects.toMatchObject({ type: "not_allowed" });
      expect((await service.retrievePaymentSession(more.id)).status).toBe("requires_more");
      expect((await service.retrievePaymentCollection(collection.id)).status).toBe("awaiting");
      // The customer finished the extra step: the flag now says authorize.
      await service.updatePaymentSession({ id: more.id, data: { outcome: "authorize" } });
      const payment = await service.authorizePaymentSession(more.id);
      expect(String(payment.amount)).toBe("30.02");
      expect(await service.listPayments({ payment_collection_id: collection.id })).toHaveLength(1);
      expect((await service.retrievePaymentCollection(collection.id)).status).toBe("authorized");
    });

    it("authorizing an authorized session returns its one payment; an authorized session cannot be updated or deleted", async () => {
      const { session, payment } = await authorizedPayment("12");
      expect((await service.authorizePaymentSession(session.id)).id).toBe(payment.id);
      await expect(service.updatePaymentSession({ id: session.id, amount: 5 })).rejects.toMatchObject({
        type: "not_allowed",
      });
      await expect(service.deletePaymentSession(session.id)).rejects.toMatchObject({ type: "not_allowed" });
    });

    it("deletes a pending session and the collection goes back to not paid", async () => {
      const collection = await service.createPaymentCollections({ currency_code: "usd", amount: 8 });
      const session = await service.createPaymentSession(collection.id, {
        provider_id: "pp_test_test",
        currency_code: "usd",
        amount: 8,
      });
      await service.deletePaymentSession(session.id);
      expect(await service.listPaymentSessions({ id: session.id })).toEqual([]);
      expect((await service.retrievePaymentCollection(collection.id)).status).toBe("not_paid");
    });

    it("captures in parts up to the authorization and refunds up to the capture; the collection follows", async () => {
      const { collection, payment } = await authorizedPayment("100");
      await service.capturePayment({ payment_id: payment.id, amount: "40" });
      let c = await service.retrievePaymentCollection(collection.id);
      expect([c.status, String(c.captured_amount)]).toEqual(["authorized", "40"]);
      await expect(service.capturePayment({ payment_id: payment.id, amount: "60.01" })).rejects.toMatchObject({
        type: "not_allowed",
        field: ["amount"],
      });
      const captured = await service.capturePayment({ payment_id: payment.id });
      expect(captured.captures?.map((x) => String(x.amount))).toEqual(["40", "60"]);
      expect(captured.captured_at).toBeInstanceOf(Date);
      c = await service.retrievePaymentCollection(collection.id);
      expect([c.status, String(c.captured_amount)]).toEqual(["completed", "100"]);
      expect(c.completed_at).toBeInstanceOf(Date);

      await service.refundPayment({ payment_id: payment.id, amount: "25.50", note: "broken", reason: "damaged" });
      await expect(service.refundPayment({ payment_id: payment.id, amount: "74.51" })).rejects.toMatchObject({
        type: "not_allowed",
        field: ["amount"],
      });
      const refunded = await service.refundPayment({ payment_id: payment.id });
      expect(refunded.refunds?.map((r) => String(r.amount))).toEqual(["25.5", "74.5"]);
      expect(String((await service.retrievePaymentCollection(collection.id)).refunded_amount)).toBe("100");
    });

    it("a refund of an uncaptured payment and a capture of a canceled one are refused", async () => {
      const { collection, payment } = await authorizedPayment("9");
      await expect(service.refundPayment({ payment_id: payment.id, amount: 1 })).rejects.toMatchObject({
        type: "not_allowed",
      });
      const canceled = await service.cancelPayment(payment.id);
      expect(canceled.canceled_at).toBeInstanceOf(Date);
      expect((await service.cancelPayment(payment.id)).canceled_at).toEqual(canceled.canceled_at);
      await expect(service.capturePayment({ payment_id: payment.id })).rejects.toMatchObject({
        type: "not_allowed",
        message: `Payment ${payment.id} was canceled and cannot be captured`,
      });
      const c = await service.retrievePaymentCollection(collection.id, { relations: ["payment_sessions"] });
      expect([c.status, String(c.authorized_amount)]).toEqual(["canceled", "0"]);
      expect(c.payment_sessions?.map((s) => s.status)).toEqual(["canceled"]);
    });

    it("a provider failure during capture, refund or cancel leaves the payment and collection unchanged", async () => {
      const { collection, payment } = await authorizedPayment("50", { fail_capture: true, fail_cancel: true });
      await expect(service.capturePayment({ payment_id: payment.id })).rejects.toMatchObject({
        type: "not_allowed",
        message: expect.stringContaining("could not capture"),
      });
      await expect(service.cancelPayment(payment.id)).rejects.toMatchObject({ type: "not_allowed" });
      const after = await service.retrievePayment(payment.id, { relations: ["captures"] });
      expect([after.captures, after.captured_at, after.canceled_at]).toEqual([[], null, null]);
      const c = await service.retrievePaymentCollection(collection.id);
      expect([c.status, String(c.captured_amount)]).toEqual(["authorized", "0"]);

      const other = await authorizedPayment("20", { fail_refund: true });
      await service.capturePayment({ payment_id: other.payment.id });
      await expect(service.refundPayment({ payment_id: other.payment.id })).rejects.toMatchObject({
        type: "not_allowed",
      });
      expect(await service.listRefunds({ payment_id: other.payment.id })).toEqual([]);
    });

    it("10 concurrent refunds of 10 on a payment with 35 captured: exactly 3 succeed, the refunds never exceed the capture", async () => {
      const { collection, payment } = await authorizedPayment("50");
      await service.capturePayment({ payment_id: payment.id, amount: "35" });
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, () => service.refundPayment({ payment_id: payment.id, amount: "10" })),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
      const reasons = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as { type: string }).type] : []));
      expect(reasons).toEqual(Array.from({ length: 7 }, () => "not_allowed"));
      expect((await service.listRefunds({ payment_id: payment.id })).length).toBe(3);
      expect(String((await service.retrievePaymentCollection(collection.id)).refunded_amount)).toBe("30");
    }, 240_000);

    it("10 concurrent captures of 15 on an authorization of 100: 6 succeed, captured stays within what was authorized", async () => {
      const { collection, payment } = await authorizedPayment("100");
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, () => service.capturePayment({ payment_id: payment.id, amount: "15" })),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(6);
      const c = await service.retrievePaymentCollection(collection.id);
      expect([c.status, String(c.captured_amount)]).toEqual(["authorized", "90"]);
    }, 240_000);

    it("the same session authorized 10 times at once creates one payment", async () => {
      const collection = await service.createPaymentCollections({ currency_code: "usd", amount: 70 });
      const session = await service.createPaymentSession(collection.id, {
        provider_id: "pp_test_test",
        currency_code: "usd",
        amount: 70,
      });
      const payments = await Promise.all(Array.from({ length: 10 }, () => service.authorizePaymentSession(session.id)));
      expect(new Set(payments.map((p) => p.id)).size).toBe(1);
      expect(await service.listPayments({ payment_session_id: session.id })).toHaveLength(1);
    }, 240_000);

    it("ensurePaymentCaptured (webhooks) captures only what is missing, once, when told twice at once", async () => {
      const { payment } = await authorizedPayment("80");
      await Promise.all([
        service.ensurePaymentCaptured({ payment_id: payment.id, amount: "80" }),
        service.ensurePaymentCaptured({ payment_id: payment.id, amount: "80" }),
      ]);
      expect((await service.listCaptures({ payment_id: payment.id })).map((x) => String(x.amount))).toEqual(["80"]);
    });

    it("verifies the test provider's webhook signature over the raw body and maps its event", async () => {
      const body = JSON.stringify({ type: "payment.captured", session_id: "payses_1", amount: "5" });
      const payload = (signature: string) => ({
        data: JSON.parse(body) as Record<string, unknown>,
        rawData: Buffer.from(body),
        headers: { [TEST_SIGNATURE_HEADER]: signature },
      });
      expect(
        await service.getWebhookActionAndData({
          provider: "test_test",
          payload: payload(signTestWebhook(body, webhookSecret)),
        }),
      ).toEqual({ action: "captured", data: { session_id: "payses_1", amount: "5" } });
      await expect(
        service.getWebhookActionAndData({ provider: "test_test", payload: payload(signTestWebhook(body, "wrong")) }),
      ).rejects.toMatchObject({ type: "unauthorized" });
      expect(await service.getWebhookActionAndData({ provider: "pp_system_default", payload: payload("") })).toEqual({
        action: "not_supported",
      });
    });
  },
});
