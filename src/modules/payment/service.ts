import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { Decimal, isDecimalString, toDecimal, type AmountInput } from "../../framework/money/index.ts";
import { ModuleService, type Context, type ModuleCradle, type Row } from "../../framework/modules/service-factory.ts";
import { collectionStatus, type PaymentSessionStatus } from "./collection-status.ts";
import { Capture, Payment, PaymentCollection, PaymentProvider, PaymentSession, Refund } from "./models.ts";
import { PaymentProviderRegistry, providerCall } from "./provider-registry.ts";
import { standingSql } from "./standing.ts";
import type {
  PaymentProviderRegistration,
  ProviderData,
  ProviderPaymentStatus,
  ProviderWebhookPayload,
  WebhookActionResult,
} from "./providers/types.ts";

/** Options of the payment module. */
export interface PaymentModuleOptions {
  /** Providers beside the built-in `pp_system_default` (Medusa's `providers`). Default: none. */
  providers?: PaymentProviderRegistration[];
}

/** Input of createPaymentSession (Medusa's CreatePaymentSessionDTO). */
export interface CreatePaymentSessionInput {
  provider_id: string;
  currency_code: string;
  amount: AmountInput;
  data?: ProviderData;
  context?: Record<string, unknown>;
}

export interface UpdatePaymentSessionInput {
  id: string;
  amount?: AmountInput;
  currency_code?: string;
  data?: ProviderData;
  context?: Record<string, unknown>;
}

export interface CapturePaymentInput {
  payment_id: string;
  /** Default: whatever is authorized and not captured yet. */
  amount?: AmountInput;
  captured_by?: string;
}

export interface RefundPaymentInput {
  payment_id: string;
  /** Default: whatever is captured and not refunded yet. */
  amount?: AmountInput;
  note?: string;
  reason?: string;
  created_by?: string;
}

type PaymentRow = Row<"Payment">;
type Totals = { authorized: string; captured: string; refunded: string; canceled: bigint; statuses: string[] | null };

const notAllowed = (message: string, field?: string[]) =>
  new TesseraError(TesseraError.Types.NOT_ALLOWED, message, { field });

/** An amount from the caller: a decimal string, a finite number or a Decimal. */
function checkedAmount(value: AmountInput, field: string[]): Decimal {
  if (
    (typeof value === "string" && !isDecimalString(value.trim())) ||
    (typeof value === "number" && !Number.isFinite(value))
  )
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "amount must be a decimal number", { field });
  return toDecimal(value);
}

/** A positive amount from the caller, as a Decimal. */
function positiveAmount(value: AmountInput, field: string[]): Decimal {
  const amount = checkedAmount(value, field);
  if (!amount.gt(0)) throw new TesseraError(TesseraError.Types.INVALID_DATA, "amount must be positive", { field });
  return amount;
}

const sum = (rows: readonly { amount: AmountInput }[] | undefined) =>
  (rows ?? []).reduce((n: Decimal, r) => n.plus(toDecimal(r.amount)), new Decimal(0));
const dataOf = (value: unknown): ProviderData =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as ProviderData) : {};
const sessionStatusOf = (status: ProviderPaymentStatus): PaymentSessionStatus =>
  status === "captured" ? "authorized" : status;

/**
 * The payment module (Medusa's): collections, sessions with providers, payments, captures and
 * refunds. Money moves only under a lock on its row (the session for authorization, the payment
 * for captures, refunds and cancels), so concurrent calls never capture more than was authorized
 * or refund more than was captured; the collection's amounts and status are recomputed from the
 * rows in the same transaction.
 */
export default class PaymentModuleService extends ModuleService({
  PaymentCollection,
  PaymentSession,
  Payment,
  Capture,
  Refund,
  PaymentProvider,
}) {
  /** The registered providers. */
  readonly providers: PaymentProviderRegistry;

  constructor(cradle: ModuleCradle, options?: PaymentModuleOptions) {
    super(cradle, options);
    this.providers = new PaymentProviderRegistry(options?.providers ?? []);
  }

  /** Records every registered provider (enabled) so listPaymentProviders and GraphQL see them. */
  async onApplicationStart(): Promise<void> {
    for (const id of this.providers.ids())
      await this.db.prisma.$executeRaw`INSERT INTO payment_provider (id, is_enabled, created_at, updated_at)
        VALUES (${id}, true, now(), now()) ON CONFLICT (id) DO NOTHING`;
  }

  /** The enabled provider behind what the caller wrote (see PaymentProviderRegistry.resolveId). */
  private async enabledProvider(given: string, ctx?: Context): Promise<string> {
    const id = this.providers.resolveId(given);
    const [row] = await this.listPaymentProviders({ id }, { take: 1 }, ctx);
    if (row && !row.is_enabled) throw notAllowed(`Payment provider ${id} is disabled`, ["providerId"]);
    return id;
  }

  /**
   * Starts a payment with a provider in a collection (Medusa's createPaymentSession): the
   * provider's `initiatePayment` runs first, its data is stored on the session.
   * @example await payment.createPaymentSession(collection.id, { provider_id: "pp_system_default", currency_code: "usd", amount: 50, data: {} })
   */
  async createPaymentSession(
    paymentCollectionId: string,
    input: CreatePaymentSessionInput,
    ctx?: Context,
  ): Promise<Row<"PaymentSession">> {
    const collection = await this.retrievePaymentCollection(paymentCollectionId, {}, ctx);
    const amount = positiveAmount(input.amount, ["amount"]);
    if (input.currency_code.toLowerCase() !== collection.currency_code.toLowerCase())
      throw new TesseraError(
        TesseraError.Types.INVALID_DATA,
        `The session's currency ${input.currency_code} is not the collection's (${collection.currency_code})`,
        { field: ["currencyCode"] },
      );
    const providerId = await this.enabledProvider(input.provider_id, ctx);
    const provider = this.providers.get(providerId);
    const started = await providerCall(providerId, "initiate the payment", () =>
      provider.initiatePayment({
        amount: amount.toFixed(),
        currency_code: collection.currency_code,
        data: input.data ?? {},
        context: input.context,
      }),
    );
    try {
      return await this.transaction(async (c) => {
        const session = await this.createPaymentSessions(
          {
            payment_collection_id: collection.id,
            provider_id: providerId,
            currency_code: collection.currency_code,
            amount,
            data: started.data as object,
            context: (input.context ?? undefined) as object | undefined,
            status: started.status ? sessionStatusOf(started.status) : "pending",
          },
          c,
        );
        await this.refreshCollection(collection.id, c);
        return session;
      }, ctx);
    } catch (error) {
      // The provider holds a payment nobody will use: release it; the original error is the answer.
      await provider.deletePayment({ data: started.data }).catch(() => undefined);
      throw error;
    }
  }

  /** Changes a session's amount, currency, data or context with its provider; an authorized session is final. */
  async updatePaymentSession(input: UpdatePaymentSessionInput, ctx?: Context): Promise<Row<"PaymentSession">> {
    return this.transaction(async (c) => {
      const session = await this.lockSession(input.id, c);
      if (session.status === "authorized" || session.status === "canceled")
        throw notAllowed(`Payment session ${session.id} is ${session.status} and cannot change`);
      const amount = input.amount === undefined ? toDecimal(session.amount) : positiveAmount(input.amount, ["amount"]);
      const provider = this.providers.get(session.provider_id);
      const updated = await providerCall(session.provider_id, "update the payment", () =>
        provider.updatePayment({
          amount: amount.toFixed(),
          currency_code: input.currency_code ?? session.currency_code,
          data: { ...dataOf(session.data), ...(input.data ?? {}) },
          context: input.context ?? (session.context as Record<string, unknown> | undefined),
        }),
      );
      return this.updatePaymentSessions(
        {
          id: session.id,
          amount,
          currency_code: input.currency_code ?? session.currency_code,
          data: updated.data as object,
          ...(input.context ? { context: input.context as object } : {}),
          ...(updated.status ? { status: sessionStatusOf(updated.status) } : {}),
        },
        c,
      );
    }, ctx);
  }

  /** Deletes a session that was not authorized, telling its provider. */
  async deletePaymentSession(id: string, ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      const session = await this.lockSession(id, c);
      if (session.status === "authorized") throw notAllowed(`Payment session ${id} is authorized; cancel its payment`);
      await providerCall(session.provider_id, "delete the payment", () =>
        this.providers.get(session.provider_id).deletePayment({ data: dataOf(session.data) }),
      );
      await this.deletePaymentSessions([id], c);
      await this.refreshCollection(session.payment_collection_id, c);
    }, ctx);
  }

  /**
   * Authorizes a session with its provider and creates its payment (Medusa's
   * authorizePaymentSession). Authorizing an authorized session returns its payment (a webhook
   * and the storefront may both ask). A decline or a request for more action is stored on the
   * session (`error`, `requires_more`) and answered NOT_ALLOWED.
   */
  async authorizePaymentSession(id: string, context: Record<string, unknown> = {}, ctx?: Context): Promise<PaymentRow> {
    const outcome = await this.transaction(async (c): Promise<PaymentRow | PaymentSessionStatus> => {
      const session = await this.lockSession(id, c);
      if (session.status === "authorized") {
        const [payment] = await this.listPayments({ payment_session_id: id }, { take: 1 }, c);
        if (payment) return payment;
      }
      if (session.status === "canceled") throw notAllowed(`Payment session ${id} was canceled`);
      const result = await providerCall(session.provider_id, "authorize the payment", () =>
        this.providers.get(session.provider_id).authorizePayment({
          data: dataOf(session.data),
          context: { ...dataOf(session.context), ...context },
        }),
      );
      if (result.status !== "authorized" && result.status !== "captured") {
        const status = sessionStatusOf(result.status);
        await this.updatePaymentSessions({ id, status, data: result.data as object }, c);
        await this.refreshCollection(session.payment_collection_id, c);
        return status;
      }
      const now = new Date();
      await this.updatePaymentSessions(
        { id, status: "authorized", authorized_at: now, data: result.data as object },
        c,
      );
      const payment = await this.createPayments(
        {
          payment_collection_id: session.payment_collection_id,
          payment_session_id: id,
          provider_id: session.provider_id,
          currency_code: session.currency_code,
          amount: session.amount,
          data: result.data as object,
          ...(result.status === "captured" ? { captured_at: now } : {}),
        },
        c,
      );
      // Auto-capturing providers (status captured) took the money with the authorization.
      if (result.status === "captured")
        await this.createCaptures({ payment_id: payment.id, amount: session.amount, created_by: "system" }, c);
      await this.refreshCollection(session.payment_collection_id, c);
      return payment;
    }, ctx);
    if (typeof outcome !== "string") return outcome;
    throw notAllowed(
      outcome === "error" ? "The payment was declined" : `The payment needs more action from the customer (${outcome})`,
      ["paymentSessionId"],
    );
  }

  /**
   * Captures part or all of what a payment authorized (Medusa's capturePayment). More than is
   * left, or a canceled payment, is NOT_ALLOWED; a provider failure changes nothing.
   */
  async capturePayment(input: CapturePaymentInput, ctx?: Context): Promise<PaymentRow> {
    return this.transaction(async (c) => {
      const payment = await this.lockPayment(input.payment_id, c);
      if (payment.canceled_at) throw notAllowed(`Payment ${payment.id} was canceled and cannot be captured`);
      const left = toDecimal(payment.amount).minus(sum(payment.captures));
      if (!left.gt(0)) throw notAllowed(`Payment ${payment.id} is already fully captured`, ["amount"]);
      const amount = input.amount === undefined ? left : positiveAmount(input.amount, ["amount"]);
      if (amount.gt(left))
        throw notAllowed(`Cannot capture ${amount.toFixed()}: only ${left.toFixed()} of the authorization is left`, [
          "amount",
        ]);
      return this.captureLocked(payment, amount, input.captured_by, c);
    }, ctx);
  }

  /**
   * Captures what is missing so that at least `amount` is captured; nothing when it already is.
   * For provider webhooks, which may tell the same capture twice or concurrently.
   */
  async ensurePaymentCaptured(input: { payment_id: string; amount: AmountInput }, ctx?: Context): Promise<PaymentRow> {
    return this.transaction(async (c) => {
      const payment = await this.lockPayment(input.payment_id, c);
      const target = Decimal.min(positiveAmount(input.amount, ["amount"]), toDecimal(payment.amount));
      const missing = target.minus(sum(payment.captures));
      if (!missing.gt(0) || payment.canceled_at) return payment;
      return this.captureLocked(payment, missing, "system", c);
    }, ctx);
  }

  private async captureLocked(payment: PaymentRow, amount: Decimal, capturedBy: string | undefined, c: Context) {
    const { data } = await providerCall(payment.provider_id, "capture the payment", () =>
      this.providers.get(payment.provider_id).capturePayment({ data: dataOf(payment.data), amount: amount.toFixed() }),
    );
    await this.createCaptures({ payment_id: payment.id, amount, created_by: capturedBy ?? null }, c);
    const full = sum(payment.captures).plus(amount).gte(toDecimal(payment.amount));
    await this.updatePayments(
      { id: payment.id, data: data as object, ...(full ? { captured_at: new Date() } : {}) },
      c,
    );
    await this.refreshCollection(payment.payment_collection_id, c);
    return this.retrievePayment(payment.id, { relations: ["captures", "refunds"] }, c);
  }

  /** Refunds part or all of what was captured (Medusa's refundPayment); more is NOT_ALLOWED. */
  async refundPayment(input: RefundPaymentInput, ctx?: Context): Promise<PaymentRow> {
    return this.transaction(async (c) => {
      const payment = await this.lockPayment(input.payment_id, c);
      const left = sum(payment.captures).minus(sum(payment.refunds));
      if (!left.gt(0)) throw notAllowed(`Payment ${payment.id} has nothing captured left to refund`, ["amount"]);
      const amount = input.amount === undefined ? left : positiveAmount(input.amount, ["amount"]);
      if (amount.gt(left))
        throw notAllowed(`Cannot refund ${amount.toFixed()}: only ${left.toFixed()} captured is left`, ["amount"]);
      const { data } = await providerCall(payment.provider_id, "refund the payment", () =>
        this.providers.get(payment.provider_id).refundPayment({ data: dataOf(payment.data), amount: amount.toFixed() }),
      );
      await this.createRefunds(
        {
          payment_id: payment.id,
          amount,
          note: input.note ?? null,
          reason: input.reason ?? null,
          created_by: input.created_by ?? null,
        },
        c,
      );
      await this.updatePayments({ id: payment.id, data: data as object }, c);
      await this.refreshCollection(payment.payment_collection_id, c);
      return this.retrievePayment(payment.id, { relations: ["captures", "refunds"] }, c);
    }, ctx);
  }

  /**
   * Voids what is left of an authorization: all of it when nothing was captured, else the
   * uncaptured remainder (its captures and refunds stay; refund them separately). A fully
   * captured payment has nothing to void (NOT_ALLOWED); canceling twice is a no-op.
   */
  async cancelPayment(id: string, ctx?: Context): Promise<PaymentRow> {
    return this.transaction(async (c) => {
      const payment = await this.lockPayment(id, c);
      if (payment.canceled_at) return payment;
      if (sum(payment.captures).gte(toDecimal(payment.amount)))
        throw notAllowed(`Payment ${id} is fully captured: nothing is left to void; refund it instead`);
      const { data } = await providerCall(payment.provider_id, "cancel the payment", () =>
        this.providers.get(payment.provider_id).cancelPayment({ data: dataOf(payment.data) }),
      );
      await this.updatePayments({ id, data: data as object, canceled_at: new Date() }, c);
      await this.updatePaymentSessions({ id: payment.payment_session_id, status: "canceled" }, c);
      await this.refreshCollection(payment.payment_collection_id, c);
      return this.retrievePayment(id, { relations: ["captures", "refunds"] }, c);
    }, ctx);
  }

  /**
   * Verifies a provider's webhook and says what it means (Medusa's getWebhookActionAndData);
   * a bad signature is UNAUTHORIZED.
   */
  async getWebhookActionAndData(input: {
    provider: string;
    payload: ProviderWebhookPayload;
  }): Promise<WebhookActionResult> {
    const id = this.providers.resolveId(input.provider, ["provider"]);
    return this.providers.get(id).getWebhookActionAndData(input.payload);
  }

  /** Locks a session row for the rest of the transaction; NOT_FOUND when it is gone. */
  private async lockSession(id: string, c: Context): Promise<Row<"PaymentSession">> {
    await this.client(c).$queryRaw`SELECT id FROM payment_session WHERE id = ${id} AND deleted_at IS NULL FOR UPDATE`;
    return this.retrievePaymentSession(id, {}, c);
  }

  /** Locks a payment row, then reads it with its captures and refunds (which only change under this lock). */
  private async lockPayment(id: string, c: Context): Promise<PaymentRow> {
    await this.client(c).$queryRaw`SELECT id FROM payment WHERE id = ${id} AND deleted_at IS NULL FOR UPDATE`;
    return this.retrievePayment(id, { relations: ["captures", "refunds"] }, c);
  }

  /**
   * Recomputes a collection's amounts and status from its rows, under a lock on the collection so
   * two payments of it changing at once both count (each sees the other's commit).
   */
  private async refreshCollection(id: string, c: Context): Promise<void> {
    const client = this.client(c);
    await client.$queryRaw`SELECT id FROM payment_collection WHERE id = ${id} FOR UPDATE`;
    const [totals] = await client.$queryRaw<Totals[]>`
      SELECT
        COALESCE((SELECT SUM(p.amount) FROM payment p WHERE p.payment_collection_id = ${id} AND p.canceled_at IS NULL AND p.deleted_at IS NULL), 0)::text AS authorized,
        COALESCE((SELECT SUM(x.amount) FROM capture x JOIN payment p ON p.id = x.payment_id WHERE p.payment_collection_id = ${id} AND x.deleted_at IS NULL), 0)::text AS captured,
        COALESCE((SELECT SUM(x.amount) FROM refund x JOIN payment p ON p.id = x.payment_id WHERE p.payment_collection_id = ${id} AND x.deleted_at IS NULL), 0)::text AS refunded,
        (SELECT COUNT(*) FROM payment p WHERE p.payment_collection_id = ${id} AND p.canceled_at IS NOT NULL AND p.deleted_at IS NULL)::bigint AS canceled,
        (SELECT array_agg(s.status) FROM payment_session s WHERE s.payment_collection_id = ${id} AND s.deleted_at IS NULL) AS statuses`;
    const collection = await this.retrievePaymentCollection(id, {}, c);
    const t = totals ?? { authorized: "0", captured: "0", refunded: "0", canceled: 0n, statuses: [] };
    const status = collectionStatus({
      amount: collection.amount,
      authorized: t.authorized,
      captured: t.captured,
      canceledPayments: Number(t.canceled),
      sessionStatuses: t.statuses ?? [],
    });
    await this.updatePaymentCollections(
      {
        id,
        authorized_amount: new Decimal(t.authorized),
        captured_amount: new Decimal(t.captured),
        refunded_amount: new Decimal(t.refunded),
        status,
        ...(status === "completed" && !collection.completed_at ? { completed_at: new Date() } : {}),
      },
      c,
    );
  }

  /**
   * Ids of the collections whose own standing (Medusa's order payment statuses: captured,
   * refunded, ...; see standing.ts) is one of `standings`, in one statement. An order list does
   * not call this: it compiles standingSql over each order's collections into its own statement.
   */
  async listCollectionIdsByStanding(standings: string[], ctx?: Context): Promise<string[]> {
    const rows = await this.client(ctx).$queryRawUnsafe<{ id: string }[]>(
      `SELECT pc.id FROM payment_collection pc WHERE pc.deleted_at IS NULL GROUP BY pc.id HAVING (${standingSql("pc")}) = ANY($1::text[])`,
      standings,
    );
    return rows.map((r) => r.id);
  }
}
