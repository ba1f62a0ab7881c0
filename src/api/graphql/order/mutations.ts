import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { definedOnly } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import { OrderRef } from "../../../modules/order/graphql/types.ts";
import {
  cancelOrderWorkflow,
  captureOrderPaymentWorkflow,
  refundOrderPaymentWorkflow,
} from "../../../workflows/order/index.ts";
import { actorOf } from "./lifecycle-payloads.ts";
import { rereadOrder } from "./payload.ts";

// Admin work on a placed order: its payments and its cancellation. Each answers the order as it
// is afterwards (summary, paymentStatus, transactions, changes).

const reread = (output: { id: string }, _input: unknown, ctx: GraphQLContext) => rereadOrder(output.id, ctx);

workflowMutation("captureOrderPayment", {
  access: access.admin,
  description:
    "Captures (part of) the order's authorized payment with its provider and records it as a capture transaction. A canceled order (ORDER_CANCELED), a voided payment (PAYMENT_CANCELED), more than is left of the authorization, or a provider failure is a userError and changes nothing.",
  input: {
    name: "CaptureOrderPaymentInput",
    schema: z.object({
      orderId: zodId().describe("The order whose payment to capture."),
      amount: moneyFields.amount
        .nullish()
        .describe("How much to capture, a decimal string; default: all that is authorized and not captured."),
    }),
  },
  workflow: captureOrderPaymentWorkflow,
  workflowInput: (input, ctx) => ({
    order_id: input.orderId,
    ...definedOnly({ amount: input.amount, captured_by: actorOf(ctx) }),
  }),
  payload: payloadType("CaptureOrderPaymentPayload", "order", OrderRef),
  result: reread,
});

workflowMutation("refundOrderPayment", {
  access: access.admin,
  description:
    "Refunds part or all of what the order's payment captured, with its provider, and records it as a refund transaction. More than is captured and not refunded (also when refunds race), or a provider failure, is a userError and changes nothing.",
  input: {
    name: "RefundOrderPaymentInput",
    schema: z.object({
      orderId: zodId().describe("The order to refund."),
      amount: moneyFields.amount.describe("How much to refund, a decimal string in the order's currency."),
      note: z.string().trim().max(1000).nullish().describe("A note for the shop's records."),
    }),
  },
  workflow: refundOrderPaymentWorkflow,
  workflowInput: (input, ctx) => ({
    order_id: input.orderId,
    amount: input.amount,
    ...definedOnly({ note: input.note || null, created_by: actorOf(ctx) }),
  }),
  payload: payloadType("RefundOrderPaymentPayload", "order", OrderRef),
  result: reread,
});

workflowMutation("cancelOrder", {
  access: access.admin,
  description:
    "Cancels the order: cancels its unshipped fulfilments (their stock goes back), releases its reservations, voids what is left of its authorized payment and refunds what was captured, and records a cancel change. Refused as a userError once an item was shipped (ORDER_SHIPPED) or when it is canceled already (ORDER_CANCELED); a provider refusing the first void or refund undoes everything.",
  input: {
    name: "CancelOrderInput",
    schema: z.object({ orderId: zodId().describe("The order to cancel.") }),
  },
  workflow: cancelOrderWorkflow,
  workflowInput: (input, ctx) => ({ order_id: input.orderId, canceled_by: actorOf(ctx) }),
  payload: payloadType("CancelOrderPayload", "order", OrderRef),
  result: reread,
});
