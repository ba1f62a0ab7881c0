import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import {
  cancelOrderFulfillmentWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentDeliveredWorkflow,
} from "../../../workflows/order/index.ts";
import { actorOf, lifecyclePayload, written } from "./lifecycle-payloads.ts";
import { unitsField } from "./payload.ts";

const OrderFulfillmentPayload = lifecyclePayload("OrderFulfillmentPayload", {
  records: { fulfillment: written.fulfillment("The fulfillment created or changed.") },
});

const itemSchema = z
  .object({
    id: zodId().describe("The order's line item."),
    quantity: unitsField.describe("How many units of it."),
  })
  .meta({ graphql: { inputName: "OrderItemQuantityInput" } });
const fulfillSchema = z.object({
  orderId: zodId().describe("The order to fulfil."),
  locationId: zodId().describe("The stock location the items leave from."),
  items: z.array(itemSchema).min(1).describe("The items and quantities to fulfil (some items, some units)."),
  shippingOptionId: zodId()
    .nullish()
    .describe("The shipping option whose provider books it; default: the order's shipping method's option."),
});
const fulfillmentRef = z.object({
  orderId: zodId().describe("The order."),
  fulfillmentId: zodId().describe("One of the order's fulfillments."),
});
const labelSchema = z
  .object({
    trackingNumber: z.string().trim().min(1).max(200).describe("The carrier's tracking number."),
    trackingUrl: z.string().trim().max(2000).nullish().describe("Where the parcel is tracked."),
    labelUrl: z.string().trim().max(2000).nullish().describe("The printable label."),
  })
  .meta({ graphql: { inputName: "FulfillmentLabelInput" } });

/** One of an order's fulfillments, and the acting admin. */
const refOf = (input: z.output<typeof fulfillmentRef>, ctx: Parameters<typeof actorOf>[0]) => ({
  order_id: input.orderId,
  fulfillment_id: input.fulfillmentId,
  created_by: actorOf(ctx),
});

workflowMutation("createOrderFulfillment", {
  access: access.admin,
  description:
    "Fulfils items of an order from a stock location: their reservations become stock decrements there and their fulfilledQuantity rises. More than ordered − fulfilled, a location without enough stock or a canceled order is a userError and changes nothing.",
  input: { name: "CreateOrderFulfillmentInput", schema: fulfillSchema },
  workflow: createOrderFulfillmentWorkflow,
  workflowInput: (input, ctx) => ({
    order_id: input.orderId,
    location_id: input.locationId,
    items: input.items,
    shipping_option_id: input.shippingOptionId ?? null,
    created_by: actorOf(ctx),
  }),
  payload: OrderFulfillmentPayload.ref,
  result: OrderFulfillmentPayload.result,
});

workflowMutation("cancelOrderFulfillment", {
  access: access.admin,
  description:
    "Cancels a fulfillment that has not shipped: its items' fulfilledQuantity goes back and the stock returns to its location with the reservations. A shipped fulfillment is a NOT_ALLOWED userError.",
  input: { name: "CancelOrderFulfillmentInput", schema: fulfillmentRef },
  workflow: cancelOrderFulfillmentWorkflow,
  workflowInput: refOf,
  payload: OrderFulfillmentPayload.ref,
  result: OrderFulfillmentPayload.result,
});

workflowMutation("createOrderShipment", {
  access: access.admin,
  description:
    "Ships a fulfillment with its labels: its items' shippedQuantity rises. A canceled or already shipped fulfillment is a NOT_ALLOWED userError.",
  input: {
    name: "CreateOrderShipmentInput",
    schema: fulfillmentRef.extend({
      labels: z.array(labelSchema).max(50).default([]).describe("The parcels' labels and tracking numbers."),
    }),
  },
  workflow: createOrderShipmentWorkflow,
  workflowInput: (input, ctx) => ({
    ...refOf(input, ctx),
    labels: input.labels.map((l) => ({
      tracking_number: l.trackingNumber,
      tracking_url: l.trackingUrl ?? null,
      label_url: l.labelUrl ?? null,
    })),
  }),
  payload: OrderFulfillmentPayload.ref,
  result: OrderFulfillmentPayload.result,
});

workflowMutation("markOrderFulfillmentDelivered", {
  access: access.admin,
  description:
    "Marks a shipped fulfillment delivered: its items' deliveredQuantity rises. An unshipped, canceled or delivered fulfillment is a NOT_ALLOWED userError.",
  input: { name: "MarkOrderFulfillmentDeliveredInput", schema: fulfillmentRef },
  workflow: markOrderFulfillmentDeliveredWorkflow,
  workflowInput: refOf,
  payload: OrderFulfillmentPayload.ref,
  result: OrderFulfillmentPayload.result,
});
