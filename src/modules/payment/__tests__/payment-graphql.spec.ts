import { describe, expect, it } from "vitest";
import type { GraphQLResponse } from "../../../framework/test-utils/runners.ts";
import { integrationTestRunner } from "../../../framework/test-utils/runners.ts";
import { recordEvents } from "../../../framework/test-utils/events.ts";
import { createPublishableKey } from "../../../framework/test-utils/auth-clients.ts";
import { signTestWebhook, TEST_SIGNATURE_HEADER, TestPaymentProvider } from "../providers/test-provider.ts";

const webhookSecret = "whsec_graphql_test";

type Payload = {
  payment: {
    id: string;
    capturedAt: string | null;
    captures: { amount: string }[];
    refunds: { amount: string }[];
  } | null;
  userErrors: { field: string[] | null; code: string; message: string }[];
};
const paymentFields =
  "payment { id capturedAt captures { amount } refunds { amount } } userErrors { field code message }";
const CAPTURE = `mutation($input: CapturePaymentInput!) { capturePayment(input: $input) { ${paymentFields} } }`;
const REFUND = `mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { ${paymentFields} } }`;

integrationTestRunner({
  config: {
    modules: [
      {
        resolve: "./modules/payment",
        options: { providers: [{ resolve: TestPaymentProvider, id: "test", options: { webhookSecret } }] },
      },
    ],
  },
  testSuite: ({ api, getContainer }) => {
    const payments = () => getContainer().resolve("payment");

    /** A collection with a pending test-provider session (and its payment when `authorize`). */
    async function session(amount: string, data: Record<string, unknown> = {}, authorize = true) {
      const collection = await payments().createPaymentCollections({ currency_code: "usd", amount });
      const s = await payments().createPaymentSession(collection.id, {
        provider_id: "pp_test_test",
        currency_code: "usd",
        amount,
        data,
      });
      const payment = authorize ? await payments().authorizePaymentSession(s.id) : undefined;
      return { collection, session: s, paymentId: payment?.id ?? "" };
    }
    const capture = (input: Record<string, unknown>) =>
      api.graphql<{ capturePayment: Payload }, { input: Record<string, unknown> }>(CAPTURE, { input });
    const refund = (input: Record<string, unknown>) =>
      api.graphql<{ refundPayment: Payload }, { input: Record<string, unknown> }>(REFUND, { input });

    describe("admin captures and refunds", () => {
      it("captures in part and in full, emitting payment.captured; the admin reads the collection's amounts and status", async () => {
        const { collection, paymentId } = await session("100");
        const events = recordEvents<{ id: string }>(getContainer().resolve("eventBus"), "payment.captured");
        const first = await capture({ paymentId, amount: "30" });
        expect(first.data?.capturePayment).toMatchObject({ userErrors: [], payment: { capturedAt: null } });
        await getContainer().resolve("eventBus").drain();
        expect(events.received).toEqual([{ id: paymentId }]);
        const rest = await capture({ paymentId });
        expect(rest.data?.capturePayment.payment?.captures.map((x) => x.amount)).toEqual(["30", "70"]);
        const read = await api.graphql<
          { node: { status: string; capturedAmount: string; payments: { id: string }[] } },
          { id: string }
        >("query($id: ID!) { node(id: $id) { ... on PaymentCollection { status capturedAmount payments { id } } } }", {
          id: collection.id,
        });
        expect(read.data?.node).toEqual({ status: "completed", capturedAmount: "100", payments: [{ id: paymentId }] });
      });

      it("answers a capture above what is left, of a canceled payment, or refused by the provider with a userError, writing nothing", async () => {
        const { paymentId } = await session("50");
        expect((await capture({ paymentId, amount: "50.01" })).data?.capturePayment.userErrors).toEqual([
          {
            field: ["input", "amount"],
            code: "NOT_ALLOWED",
            message: "Cannot capture 50.01: only 50 of the authorization is left",
          },
        ]);
        await payments().cancelPayment(paymentId);
        const canceled = await capture({ paymentId });
        expect(canceled.data?.capturePayment).toMatchObject({
          payment: null,
          userErrors: [{ field: ["input", "paymentId"], code: "NOT_ALLOWED" }],
        });
        const failing = await session("20", { fail_capture: true });
        const failed = await capture({ paymentId: failing.paymentId });
        expect(failed.data?.capturePayment.userErrors[0]?.message).toContain("could not capture");
        expect(await payments().listCaptures({ payment_id: [paymentId, failing.paymentId] })).toEqual([]);
      });

      it("refunds up to what was captured, emitting payment.refunded; more is a userError and nothing is written", async () => {
        const { paymentId } = await session("40");
        await capture({ paymentId, amount: "25" });
        const events = recordEvents<{ id: string }>(getContainer().resolve("eventBus"), "payment.refunded");
        const over = await refund({ paymentId, amount: "25.01" });
        expect(over.data?.refundPayment.userErrors).toEqual([
          { field: ["input", "amount"], code: "NOT_ALLOWED", message: "Cannot refund 25.01: only 25 captured is left" },
        ]);
        expect(await payments().listRefunds({ payment_id: paymentId })).toEqual([]);
        const ok = await refund({ paymentId, amount: "10", note: "scratched", reason: "damaged" });
        expect(ok.data?.refundPayment).toMatchObject({ userErrors: [], payment: { refunds: [{ amount: "10" }] } });
        await getContainer().resolve("eventBus").drain();
        expect(events.received).toEqual([{ id: paymentId }]);
        const uncaptured = await session("5");
        expect((await refund({ paymentId: uncaptured.paymentId })).data?.refundPayment.userErrors[0]?.code).toBe(
          "NOT_ALLOWED",
        );
      });

      it("does the work once for a repeated idempotencyKey, also when sent twice at once", async () => {
        const { paymentId } = await session("60");
        const input = { paymentId, amount: "10", idempotencyKey: `capture-${paymentId}` };
        const answers = await Promise.all([capture(input), capture(input)]);
        const again = await capture(input);
        for (const a of [...answers, again]) expect(a.data?.capturePayment.userErrors).toEqual([]);
        expect((await payments().listCaptures({ payment_id: paymentId })).map((x) => String(x.amount))).toEqual(["10"]);
      });

      it("reads a page of collections with their payments, captures and refunds in the same SQL for 2 and 8 collections", async () => {
        for (let i = 0; i < 8; i++) {
          const { paymentId } = await session("12");
          await payments().capturePayment({ payment_id: paymentId });
          await payments().refundPayment({ payment_id: paymentId, amount: "2" });
        }
        const db = getContainer().resolve("db");
        const query = `query($first: Int!) { paymentCollections(first: $first, filter: { status: { eq: "completed" } }) {
          edges { node { id status refundedAmount paymentSessions { status } payments { amount captures { amount } refunds { amount } } } } } }`;
        const cost = async (first: number) => {
          db.resetQueryCount();
          const res = await api.graphql<{ paymentCollections: { edges: unknown[] } }, { first: number }>(query, {
            first,
          });
          expect(res.data?.paymentCollections.edges).toHaveLength(first);
          return db.queryCount();
        };
        expect(await cost(8)).toBe(await cost(2));
      });

      it("a malformed amount is INVALID_DATA", async () => {
        const { paymentId } = await session("7");
        const res = await capture({ paymentId, amount: "1e3" });
        expect(res.data?.capturePayment.userErrors[0]).toMatchObject({
          field: ["input", "amount"],
          code: "INVALID_DATA",
        });
      });
    });

    describe("storefront", () => {
      it("lists the enabled payment providers to a publishable key; payments stay admin data", async () => {
        const key = await createPublishableKey(api);
        const store = api.as({ "x-publishable-api-key": key });
        const res = await store.graphql<{ paymentProviders: { id: string }[] }, Record<string, never>>(
          "{ paymentProviders { id isEnabled } }",
        );
        expect(res.data?.paymentProviders.map((p) => p.id)).toEqual(["pp_system_default", "pp_test_test"]);
        const denied = (await store.graphql("{ payments(first: 1) { totalCount } }")) as GraphQLResponse<unknown>;
        expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      });
    });

    describe("provider webhooks: POST /hooks/payment/:provider", () => {
      const post = (body: string, signature: string, provider = "test_test") =>
        api.anonymous.request<{ received?: boolean; action?: string; payment_id?: string }>(
          "POST",
          `/hooks/payment/${provider}`,
          { body, headers: { "content-type": "application/json", [TEST_SIGNATURE_HEADER]: signature } },
        );

      it("refuses a bad signature with 401 and writes nothing", async () => {
        const { session: s } = await session("15", {}, false);
        const body = JSON.stringify({ type: "payment.authorized", session_id: s.id, amount: "15" });
        const res = await post(body, signTestWebhook(body, "not-the-secret"));
        expect(res.status).toBe(401);
        // The signature covers the raw bytes: the same JSON re-serialised differently is refused too.
        const spaced = JSON.stringify(JSON.parse(body), null, 1);
        expect((await post(spaced, signTestWebhook(body, webhookSecret))).status).toBe(401);
        expect((await payments().retrievePaymentSession(s.id)).status).toBe("pending");
        expect(await payments().listPayments({ payment_session_id: s.id })).toEqual([]);
      });

      it("authorizes on payment.authorized, once when the same webhook arrives twice at once and again later", async () => {
        const { session: s, collection } = await session("25", {}, false);
        const body = JSON.stringify({ type: "payment.authorized", session_id: s.id, amount: "25" });
        const signature = signTestWebhook(body, webhookSecret);
        const answers = await Promise.all([post(body, signature), post(body, signature)]);
        const later = await post(body, signature);
        for (const a of [...answers, later]) expect(a).toMatchObject({ status: 200, data: { action: "authorized" } });
        const rows = await payments().listPayments({ payment_session_id: s.id });
        expect(rows).toHaveLength(1);
        expect(later.data.payment_id).toBe(rows[0]?.id);
        expect((await payments().retrievePaymentCollection(collection.id)).status).toBe("authorized");
      });

      it("records a capture on payment.captured (authorizing first if needed), once when told twice", async () => {
        const { session: s, collection } = await session("45", {}, false);
        const body = JSON.stringify({ type: "payment.captured", session_id: s.id, amount: "45" });
        const signature = signTestWebhook(body, webhookSecret);
        await Promise.all([post(body, signature), post(body, signature)]);
        // A second delivery with other bytes (a retry with a new timestamp) is a different run: still one capture.
        const retry = JSON.stringify({ type: "payment.captured", session_id: s.id, amount: "45", attempt: 2 });
        expect((await post(retry, signTestWebhook(retry, webhookSecret))).status).toBe(200);
        const [payment] = await payments().listPayments({ payment_session_id: s.id }, { relations: ["captures"] });
        expect(payment?.captures?.map((x) => String(x.amount))).toEqual(["45"]);
        expect((await payments().retrievePaymentCollection(collection.id)).status).toBe("completed");
      });

      it("answers 200 without acting on events it does not handle, and 400 for an unknown provider", async () => {
        const body = JSON.stringify({ type: "payment.refreshed", session_id: "payses_x", amount: "1" });
        const res = await post(body, signTestWebhook(body, webhookSecret));
        expect(res).toMatchObject({ status: 200, data: { action: "not_supported" } });
        expect((await post(body, "", "nope_nope")).status).toBe(400);
      });
    });
  },
});
