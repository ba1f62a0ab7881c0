import { createHash } from "node:crypto";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import type { ModuleRoute, TesseraRequest, TesseraResponse } from "../../framework/http/types.ts";
import { Modules } from "../../modules/index.ts";
import { processPaymentWorkflow } from "../../workflows/payment/index.ts";

/**
 * POST /hooks/payment/:provider (Medusa's path; `:provider` is the provider id with or without
 * its `pp_`, e.g. `test_test`). The provider verifies the signature over the raw body (a bad one
 * is 401 and nothing is written); a verified event runs processPaymentWorkflow with a
 * transactionId derived from the body, so a webhook delivered twice, or twice at once, is acted
 * on once and answered the same.
 */
async function receiveWebhook(req: TesseraRequest, res: TesseraResponse): Promise<void> {
  // A project may leave the payment module out: then there is nothing to receive.
  if (!req.scope.hasRegistration(Modules.PAYMENT))
    throw new TesseraError(TesseraError.Types.NOT_FOUND, "The payment module is not loaded");
  const provider = String(req.params.provider ?? "");
  const rawData = req.rawBody ?? Buffer.alloc(0);
  const data = req.body && typeof req.body === "object" ? (req.body as Record<string, unknown>) : {};
  const event = await req.scope
    .resolve(Modules.PAYMENT)
    .getWebhookActionAndData({ provider, payload: { data, rawData, headers: req.headers } });
  if (event.action !== "authorized" && event.action !== "captured") {
    res.status(200).json({ received: true, action: event.action });
    return;
  }
  const digest = createHash("sha256").update(provider).update("\n").update(rawData).digest("hex");
  const { result } = await processPaymentWorkflow(req.scope).run({
    input: event,
    transactionId: `payment-webhook-${digest}`,
  });
  res.status(200).json({ received: true, action: event.action, payment_id: result?.payment_id ?? null });
}

export const routes: ModuleRoute[] = [
  {
    path: "/hooks/payment/:provider",
    handlers: { POST: (req, res) => receiveWebhook(req, res) },
    bodyParser: { preserveRawBody: true },
  },
];
