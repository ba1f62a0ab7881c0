import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { receiveOrderReturnWorkflow, requestOrderReturnWorkflow } from "../../../workflows/order/index.ts";
import { actorOf, lifecyclePayload, written } from "./lifecycle-payloads.ts";
import { unitsField } from "./payload.ts";

const OrderReturnPayload = lifecyclePayload("OrderReturnPayload", {
  records: { return: written.return("The return requested or received, with its items.") },
});
const RequestReturnPayload = lifecyclePayload("RequestReturnPayload", {
  order: "The customer's order after the request.",
  ids: { return: "The return requested." },
});

const returnItem = z
  .object({
    id: zodId().describe("The order's line item to return."),
    quantity: unitsField.describe("How many units come back."),
    reasonId: zodId().nullish().describe("Why (a return reason)."),
    note: z.string().trim().max(1000).nullish().describe("The customer's words."),
  })
  .meta({ graphql: { inputName: "ReturnItemInput" } });
const requestSchema = z.object({
  orderId: zodId().describe("The order the items come from."),
  items: z
    .array(returnItem)
    .min(1)
    .describe("The items and quantities asked back: at most shipped − already returned."),
});
const adminRequestSchema = requestSchema.extend({
  returnShippingOptionId: zodId()
    .nullish()
    .describe(
      "The return shipping option: its price is taken off the refund; with a location it books the return fulfillment.",
    ),
  locationId: zodId().nullish().describe("Where the items come back to (and are restocked)."),
});
const receiveSchema = z.object({
  returnId: zodId().describe("The return received."),
  items: z
    .array(
      z
        .object({
          id: zodId().describe("The order's line item received."),
          quantity: unitsField.describe("How many units arrived: at most requested − received."),
          damaged: z.boolean().default(false).describe("Damaged units are written off, never restocked."),
        })
        .meta({ graphql: { inputName: "ReceiveReturnItemInput" } }),
    )
    .min(1)
    .describe("What arrived."),
  restock: z.boolean().describe("Put the undamaged units back in stock at the return's location (or locationId)."),
  locationId: zodId().nullish().describe("Where to restock when the return names no location."),
  refund: z
    .boolean()
    .default(true)
    .describe("Refund what the receipt is worth (items with discounts and taxes, less return shipping). Default true."),
});

const toItems = (items: z.output<typeof returnItem>[]) =>
  items.map((i) => ({ item_id: i.id, quantity: i.quantity, reason_id: i.reasonId ?? null, note: i.note ?? null }));

workflowMutation("requestOrderReturn", {
  access: access.admin,
  description:
    "Requests a return of some of an order's items, with reasons and a return shipping option. More than shipped − already returned is a NOT_ALLOWED userError.",
  input: { name: "RequestOrderReturnInput", schema: adminRequestSchema },
  workflow: requestOrderReturnWorkflow,
  workflowInput: (input, ctx) => ({
    order_id: input.orderId,
    items: toItems(input.items),
    return_shipping_option_id: input.returnShippingOptionId ?? null,
    location_id: input.locationId ?? null,
    created_by: actorOf(ctx),
  }),
  payload: OrderReturnPayload.ref,
  result: OrderReturnPayload.result,
});

workflowMutation("receiveOrderReturn", {
  access: access.admin,
  description:
    "Receives a return's items: undamaged ones go back to stock when restock is true, damaged ones are written off, and the receipt's worth is refunded through the payment provider. More than requested, or a refund beyond what is captured, is a NOT_ALLOWED userError and changes nothing.",
  input: { name: "ReceiveOrderReturnInput", schema: receiveSchema },
  workflow: receiveOrderReturnWorkflow,
  workflowInput: (input, ctx) => ({
    return_id: input.returnId,
    items: input.items.map((i) => ({ item_id: i.id, quantity: i.quantity, damaged: i.damaged })),
    restock: input.restock,
    location_id: input.locationId ?? null,
    refund: input.refund,
    created_by: actorOf(ctx),
  }),
  payload: OrderReturnPayload.ref,
  result: OrderReturnPayload.result,
});

workflowMutation("requestReturn", {
  access: access.customer,
  description:
    "A logged-in customer asks to return items of their own order (another customer's order is NOT_FOUND, as an unknown id). More than shipped − already returned is a NOT_ALLOWED userError.",
  input: { name: "RequestReturnInput", schema: requestSchema },
  workflow: requestOrderReturnWorkflow,
  workflowInput: (input, ctx) => ({
    order_id: input.orderId,
    items: toItems(input.items),
    customer_id: ctx.auth.actorId ?? "",
    created_by: actorOf(ctx),
  }),
  payload: RequestReturnPayload.ref,
  result: RequestReturnPayload.result,
});
