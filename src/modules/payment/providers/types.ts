import type { AmountInput } from "../../../framework/money/index.ts";

/** What a provider says about a session or payment (Medusa's PaymentSessionStatus). */
export type ProviderPaymentStatus = "pending" | "requires_more" | "authorized" | "captured" | "error" | "canceled";

/** The provider's own record of a session or payment: ids, client secrets; stored as `data`. */
export type ProviderData = Record<string, unknown>;

/** Input of every provider call about an existing session or payment. */
export interface ProviderCallInput {
  /** What the provider returned last (the session's or payment's `data`). */
  data: ProviderData;
  /** The customer, addresses and whatever the storefront sent. */
  context?: Record<string, unknown>;
}

/** Input of initiatePayment and updatePayment. */
export interface InitiatePaymentInput extends ProviderCallInput {
  /** A decimal string in the currency's units ("50.00"). */
  amount: string;
  currency_code: string;
}

/** Input of capturePayment and refundPayment: the amount of this call. */
export interface AmountCallInput extends ProviderCallInput {
  amount: string;
}

/** A provider's answer that may change the session's status. */
export interface StatusOutput {
  status: ProviderPaymentStatus;
  data: ProviderData;
}

/** What a webhook means for the payment module (Medusa's PaymentActions). */
export type WebhookAction =
  | "authorized"
  | "captured"
  | "failed"
  | "pending"
  | "requires_more"
  | "canceled"
  | "not_supported";

/** A verified webhook: the action and the session it is about. */
export interface WebhookActionResult {
  action: WebhookAction;
  data?: { session_id: string; amount: AmountInput };
}

/** A webhook as it arrived: the parsed body, the raw bytes (signatures are over these) and the headers. */
export interface ProviderWebhookPayload {
  data: Record<string, unknown>;
  rawData: string | Buffer;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * A payment provider (Medusa's AbstractPaymentProvider): talks to a payment service for the
 * payment module. Every method returns the provider's new `data`, which the module stores.
 * A thrown error fails the module call and leaves nothing changed.
 */
export interface PaymentProvider {
  /** Creates the payment with the service when a session starts (a Stripe payment intent). */
  initiatePayment(
    input: InitiatePaymentInput,
  ): Promise<{ id: string; data: ProviderData; status?: ProviderPaymentStatus }>;
  /** The session's amount or context changed. */
  updatePayment(input: InitiatePaymentInput): Promise<{ data: ProviderData; status?: ProviderPaymentStatus }>;
  /** The session was deleted before authorization. */
  deletePayment(input: ProviderCallInput): Promise<{ data: ProviderData }>;
  /** Authorizes; `authorized` (or `captured`, for auto-capture) creates a payment, anything else does not. */
  authorizePayment(input: ProviderCallInput): Promise<StatusOutput>;
  /** Captures `amount` of an authorized payment. */
  capturePayment(input: AmountCallInput): Promise<{ data: ProviderData }>;
  /** Refunds `amount` of what was captured. */
  refundPayment(input: AmountCallInput): Promise<{ data: ProviderData }>;
  /** Voids an authorization that was not captured. */
  cancelPayment(input: ProviderCallInput): Promise<{ data: ProviderData }>;
  /** The service's current record of the payment. */
  retrievePayment(input: ProviderCallInput): Promise<{ data: ProviderData }>;
  /**
   * Verifies a webhook (a bad signature throws UNAUTHORIZED) and says what it means.
   * @example { action: "captured", data: { session_id: "payses_…", amount: "50" } }
   */
  getWebhookActionAndData(payload: ProviderWebhookPayload): Promise<WebhookActionResult>;
}

/** A provider class: `identifier` is the first part of its ids (`pp_<identifier>_<id>`). */
export interface PaymentProviderClass {
  readonly identifier: string;
  new (options: Record<string, unknown>): PaymentProvider;
}

/**
 * A provider the module options register, as Medusa's `providers` entries: its id is
 * `pp_<resolve.identifier>_<id>`.
 * @example { resolve: TestPaymentProvider, id: "test", options: { webhookSecret: "whsec_…" } }
 */
export interface PaymentProviderRegistration {
  resolve: PaymentProviderClass;
  id: string;
  options?: Record<string, unknown>;
}
