import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { createOrderClaimWorkflow, createOrderExchangeWorkflow } from "../../../workflows/order/index.ts";
import { actorOf, lifecyclePayload, written } from "./lifecycle-payloads.ts";
import { unitsField } from "./payload.ts";

const OrderExchangePayload = lifecyclePayload("OrderExchangePayload", {
  records: {
    exchange: written.exchange("The exchange with its outbound items and the difference due."),
    return: written.return("The exchange's return: the items coming back."),
  },
});
const OrderClaimPayload = lifecyclePayload("OrderClaimPayload", {
  records: { claim: written.claim("The claim with its claimed and replacement items.") },
});

const ClaimType = builder.enumType("ClaimType", {
  description: "What a claim does about the claimed items.",
  values: {
    REFUND: { value: "refund", description: "Their value is refunded." },
    REPLACE: { value: "replace", description: "Replacements are sent free." },
  } as const,
});
const ClaimReason = builder.enumType("ClaimReason", {
  description: "What is wrong with a claimed item.",
  values: {
    MISSING_ITEM: { value: "missing_item" },
    WRONG_ITEM: { value: "wrong_item" },
    PRODUCTION_FAILURE: { value: "production_failure" },
    OTHER: { value: "other" },
  } as const,
});

const outbound = z
  .array(
    z
      .object({
        variantId: zodId().describe("The variant sent."),
        quantity: unitsField.describe("How many units."),
      })
      .meta({ graphql: { inputName: "OutboundItemInput" } }),
  )
  .max(100);
const exchangeSchema = z.object({
  orderId: zodId().describe("The order exchanged."),
  returnItems: z
    .array(
      z
        .object({
          id: zodId().describe("The order's line item coming back."),
          quantity: unitsField.describe("How many units: at most shipped − already returned."),
          reasonId: zodId().nullish().describe("Why (a return reason)."),
        })
        .meta({ graphql: { inputName: "ExchangeReturnItemInput" } }),
    )
    .min(1)
    .describe("The items the customer sends back."),
  outboundItems: outbound.min(1).describe("The variants sent instead, priced as they sell now."),
  locationId: zodId().nullish().describe("Where the returned items come back to."),
});
const claimSchema = z.object({
  orderId: zodId().describe("The order claimed against."),
  type: z
    .enum(["refund", "replace"])
    .meta({ graphql: ClaimType })
    .describe("refund: the claimed items' value goes back; replace: replacements are sent free."),
  items: z
    .array(
      z
        .object({
          id: zodId().describe("The order's damaged, missing or wrong line item."),
          quantity: unitsField.describe("How many units: at most shipped − already returned."),
          reason: z
            .enum(["missing_item", "wrong_item", "production_failure", "other"])
            .meta({ graphql: ClaimReason })
            .nullish()
            .describe("What is wrong with them."),
          note: z.string().trim().max(1000).nullish().describe("Details for the shop's records."),
        })
        .meta({ graphql: { inputName: "ClaimItemInput" } }),
    )
    .min(1)
    .describe("The claimed items; they are written off."),
  outboundItems: outbound.nullish().describe("The replacements (replace claims)."),
});

workflowMutation("createOrderExchange", {
  access: access.admin,
  description:
    "Creates and confirms an exchange: the return items are asked back, the outbound items are added to the order at today's prices with their stock reserved, and differenceDue is what the customer owes (negative: what is refunded when the return is received).",
  input: { name: "CreateOrderExchangeInput", schema: exchangeSchema },
  workflow: createOrderExchangeWorkflow,
  workflowInput: (input, ctx) => ({
    order_id: input.orderId,
    items: input.returnItems.map((i) => ({ item_id: i.id, quantity: i.quantity, reason_id: i.reasonId ?? null })),
    outbound_items: input.outboundItems.map((o) => ({ variant_id: o.variantId, quantity: o.quantity })),
    location_id: input.locationId ?? null,
    created_by: actorOf(ctx),
  }),
  payload: OrderExchangePayload.ref,
  result: OrderExchangePayload.result,
});

workflowMutation("createOrderClaim", {
  access: access.admin,
  description:
    "Creates and confirms a claim: the claimed items are written off; a refund claim refunds their value through the payment provider, a replace claim sends the replacements free with their stock reserved. More than shipped − returned, or a refund beyond what is captured, is a NOT_ALLOWED userError and changes nothing.",
  input: { name: "CreateOrderClaimInput", schema: claimSchema },
  workflow: createOrderClaimWorkflow,
  workflowInput: (input, ctx) => ({
    order_id: input.orderId,
    type: input.type,
    items: input.items.map((i) => ({
      item_id: i.id,
      quantity: i.quantity,
      reason: i.reason ?? null,
      note: i.note ?? null,
    })),
    outbound_items: (input.outboundItems ?? []).map((o) => ({ variant_id: o.variantId, quantity: o.quantity })),
    created_by: actorOf(ctx),
  }),
  payload: OrderClaimPayload.ref,
  result: OrderClaimPayload.result,
});
