import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { definedOnly } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { modelRef } from "../../../framework/links/graphql-refs.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import { Modules } from "../../../modules/index.ts";
import { capturePaymentWorkflow, refundPaymentWorkflow } from "../../../workflows/payment/index.ts";
import { actorOf } from "../order/lifecycle-payloads.ts";

const PaymentPayload = payloadType("PaymentPayload", "payment", modelRef("Payment"));

const captureSchema = z.object({
  paymentId: zodId().describe("The payment to capture."),
  amount: moneyFields.amount
    .nullish()
    .describe("How much to capture, a decimal string; default: all that is authorized and not captured."),
});
const refundSchema = z.object({
  paymentId: zodId().describe("The payment to refund."),
  amount: moneyFields.amount
    .nullish()
    .describe("How much to refund, a decimal string; default: all that is captured and not refunded."),
  note: z.string().trim().max(1000).nullish().describe("A note for the shop's records."),
  reason: z.string().trim().max(200).nullish().describe("Why the money goes back (damaged, returned…)."),
});

/** The payment as the workflow left it. */
const reread = async (output: { id: string }, _input: unknown, ctx: GraphQLContext) => ({
  payment: await ctx.scope.resolve(Modules.PAYMENT).retrievePayment(output.id),
});

workflowMutation("capturePayment", {
  access: access.admin,
  description:
    "Captures (part of) an authorized payment with its provider. More than is left of the authorization, a canceled payment or a provider failure is a userError and changes nothing.",
  input: { name: "CapturePaymentInput", schema: captureSchema },
  workflow: capturePaymentWorkflow,
  workflowInput: (input, ctx) => ({
    payment_id: input.paymentId,
    ...definedOnly({ amount: input.amount, captured_by: actorOf(ctx) }),
  }),
  payload: PaymentPayload,
  result: reread,
});

workflowMutation("refundPayment", {
  access: access.admin,
  description:
    "Refunds (part of) a captured payment with its provider. More than is captured and not refunded, or a provider failure, is a userError and changes nothing.",
  input: { name: "RefundPaymentInput", schema: refundSchema },
  workflow: refundPaymentWorkflow,
  workflowInput: (input, ctx) => ({
    payment_id: input.paymentId,
    ...definedOnly({
      amount: input.amount,
      note: input.note || null,
      reason: input.reason || null,
      created_by: actorOf(ctx),
    }),
  }),
  payload: PaymentPayload,
  result: reread,
});
