import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { toDecimal } from "../../../framework/money/index.ts";
import type {
  AmountCallInput,
  InitiatePaymentInput,
  PaymentProvider,
  ProviderCallInput,
  ProviderWebhookPayload,
  StatusOutput,
  WebhookActionResult,
} from "./types.ts";

/** The header a test webhook carries: hex HMAC-SHA256 of the raw body with `webhookSecret`. */
export const TEST_SIGNATURE_HEADER = "x-test-signature";

/** Signs a raw webhook body as the test provider expects (for tests and local tools). */
export function signTestWebhook(rawBody: string | Buffer, secret: string): string {
  return createHmac("sha256", secret).update(rawBody).digest("hex");
}

type Outcome = "authorize" | "decline" | "requires_more";

/**
 * The outcome of an authorization: `data.outcome` when the session set it, else by amount as a
 * card network's test amounts: cents .01 decline, cents .02 require more action, others authorize.
 */
function outcomeOf(data: Record<string, unknown>): Outcome {
  const flag = data.outcome;
  if (flag === "authorize" || flag === "decline" || flag === "requires_more") return flag;
  const cents = toDecimal(String(data.amount ?? "0"))
    .mod(1)
    .times(100);
  if (cents.eq(1)) return "decline";
  if (cents.eq(2)) return "requires_more";
  return "authorize";
}

/** Fails a call the session's data asks to fail (`fail_capture: true`…), as an outage would. */
function failIfAsked(data: Record<string, unknown>, call: "capture" | "refund" | "cancel"): void {
  if (data[`fail_${call}`] === true) throw new Error(`test provider: ${call} failed (fail_${call})`);
}

/**
 * A provider for tests and local development, with no network: authorization succeeds, declines or
 * needs more action depending on the amount or `data.outcome`; captures, refunds and cancels fail
 * when the data says `fail_capture` / `fail_refund` / `fail_cancel`; webhooks are signed with
 * `options.webhookSecret` (header `x-test-signature`). Register it in the payment module's options:
 * `{ resolve: TestPaymentProvider, id: "test", options: { webhookSecret } }` → `pp_test_test`.
 */
export class TestPaymentProvider implements PaymentProvider {
  static readonly identifier = "test";
  private readonly secret: string;

  constructor(options: Record<string, unknown>) {
    this.secret = typeof options.webhookSecret === "string" ? options.webhookSecret : "";
  }

  async initiatePayment(input: InitiatePaymentInput) {
    const id = `test_${randomUUID()}`;
    return { id, data: { ...input.data, id, amount: input.amount, currency_code: input.currency_code } };
  }
  async updatePayment(input: InitiatePaymentInput) {
    return { data: { ...input.data, amount: input.amount, currency_code: input.currency_code } };
  }
  async deletePayment(input: ProviderCallInput) {
    return { data: input.data };
  }
  async authorizePayment(input: ProviderCallInput): Promise<StatusOutput> {
    const outcome = outcomeOf(input.data);
    const status = outcome === "authorize" ? "authorized" : outcome === "decline" ? "error" : "requires_more";
    return { status, data: { ...input.data, outcome_seen: outcome } };
  }
  async capturePayment(input: AmountCallInput) {
    failIfAsked(input.data, "capture");
    return { data: input.data };
  }
  async refundPayment(input: AmountCallInput) {
    failIfAsked(input.data, "refund");
    return { data: input.data };
  }
  async cancelPayment(input: ProviderCallInput) {
    failIfAsked(input.data, "cancel");
    return { data: { ...input.data, canceled: true } };
  }
  async retrievePayment(input: ProviderCallInput) {
    return { data: input.data };
  }

  /** Body: `{ type: "payment.authorized" | "payment.captured" | "payment.failed", session_id, amount }`. */
  async getWebhookActionAndData(payload: ProviderWebhookPayload): Promise<WebhookActionResult> {
    const header = payload.headers[TEST_SIGNATURE_HEADER];
    const given = Buffer.from(typeof header === "string" ? header : "", "utf8");
    const expected = Buffer.from(signTestWebhook(payload.rawData, this.secret), "utf8");
    if (!this.secret || given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new TesseraError(TesseraError.Types.UNAUTHORIZED, "Invalid webhook signature");
    const { type, session_id, amount } = payload.data;
    if (typeof session_id !== "string" || (typeof amount !== "string" && typeof amount !== "number"))
      return { action: "not_supported" };
    const data = { session_id, amount };
    switch (type) {
      case "payment.authorized":
        return { action: "authorized", data };
      case "payment.captured":
        return { action: "captured", data };
      case "payment.failed":
        return { action: "failed", data };
      default:
        return { action: "not_supported" };
    }
  }
}
