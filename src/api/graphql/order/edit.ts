import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { readEdit } from "../../../workflows/order/edit-state.ts";
import {
  beginOrderEditWorkflow,
  cancelOrderEditWorkflow,
  confirmOrderEditWorkflow,
  updateOrderEditWorkflow,
} from "../../../workflows/order/order-edit.ts";
import type { EditOperation } from "../../../workflows/order/steps/order-edit-actions.ts";
import { editView, OrderEditRef } from "./edit-types.ts";
import { OrderPayload, orderIdField, rereadOrder } from "./payload.ts";

// Order edits (admin): begin, add / change / remove items with a preview of the new totals, then
// confirm (the order changes) or cancel. Every mutation is a workflow with an idempotencyKey.

const OrderEditPayload = payloadType("OrderEditPayload", "orderEdit", OrderEditRef);
const changeId = zodId().describe("The order edit (the change id beginOrderEdit answered).");
const quantity = z.number().int().min(1).max(10_000).describe("Units, at least 1.");
const actor = (ctx: GraphQLContext) => ctx.auth.actorId ?? null;
const reread = async (id: string, ctx: GraphQLContext) => ({
  orderEdit: await editView(ctx.scope, await readEdit(ctx.scope, id)),
});

workflowMutation("beginOrderEdit", {
  access: access.admin,
  description:
    "Begins an edit of an order: items can then be added, changed and removed with a preview of the new totals, and nothing changes on the order until confirmOrderEdit. An order has one active change at a time (NOT_ALLOWED); a canceled order is ORDER_CANCELED.",
  input: {
    name: "BeginOrderEditInput",
    schema: z.object({
      orderId: orderIdField,
      description: z.string().max(1000).nullish().describe("Why the order is edited (kept with the change)."),
    }),
  },
  workflow: beginOrderEditWorkflow,
  workflowInput: (input, ctx) => ({
    order_id: input.orderId,
    description: input.description ?? null,
    created_by: actor(ctx),
  }),
  payload: OrderEditPayload,
  result: (output, _input, ctx) => reread(output.id, ctx),
});

/** A mutation running one EditOperation on a pending edit. */
function editMutation<S extends z.ZodObject>(
  field: string,
  spec: { description: string; name: string; schema: S; operation: (input: z.output<S>) => EditOperation },
) {
  workflowMutation(field, {
    access: access.admin,
    description: spec.description,
    input: { name: spec.name, schema: spec.schema },
    workflow: updateOrderEditWorkflow,
    workflowInput: (input) => spec.operation(input),
    payload: OrderEditPayload,
    result: (output, _input, ctx) => reread(output.id, ctx),
  });
}

editMutation("orderEditAddItems", {
  description:
    "Adds items to a pending order edit, priced by the pricing module in the order's currency, region and customer context and taxed for its shipping address. A variant not sold in the order's sales channel is INVALID_DATA; more units than its stock there is NOT_ALLOWED.",
  name: "OrderEditAddItemsInput",
  schema: z.object({
    changeId,
    items: z
      .array(
        z
          .object({ variantId: zodId().describe("The product variant to add."), quantity })
          .meta({ graphql: { inputName: "OrderEditItemInput" } }),
      )
      .min(1)
      .max(100)
      .describe("The items to add."),
  }),
  operation: (input) => ({
    op: "add",
    change_id: input.changeId,
    items: input.items.map((i) => ({ variant_id: i.variantId, quantity: i.quantity })),
  }),
});

editMutation("orderEditUpdateItem", {
  description:
    "Sets an item's quantity in a pending order edit (an order item or one the edit added). Fewer units than were fulfilled is QUANTITY_BELOW_FULFILLED; more units than the stock is NOT_ALLOWED.",
  name: "OrderEditUpdateItemInput",
  schema: z.object({ changeId, itemId: zodId().describe("The order item (or an item the edit added)."), quantity }),
  operation: (input) => ({ op: "update", change_id: input.changeId, item_id: input.itemId, quantity: input.quantity }),
});

editMutation("orderEditRemoveItem", {
  description:
    "Removes an item in a pending order edit (an order item or one the edit added). An item with fulfilled units is QUANTITY_BELOW_FULFILLED.",
  name: "OrderEditRemoveItemInput",
  schema: z.object({ changeId, itemId: zodId().describe("The order item (or an item the edit added).") }),
  operation: (input) => ({ op: "remove", change_id: input.changeId, item_id: input.itemId }),
});

workflowMutation("confirmOrderEdit", {
  access: access.admin,
  description:
    "Confirms a pending order edit: the order's items and quantities change, its reservations follow and its totals with them (the difference to what was paid shows in the order's summary). Emits order-edit.confirmed and order.updated.",
  input: { name: "ConfirmOrderEditInput", schema: z.object({ changeId }) },
  workflow: confirmOrderEditWorkflow,
  workflowInput: (input, ctx) => ({ change_id: input.changeId, confirmed_by: actor(ctx) }),
  payload: OrderPayload,
  result: (output, _input, ctx) => rereadOrder(output.order_id, ctx),
});

workflowMutation("cancelOrderEdit", {
  access: access.admin,
  description: "Cancels a pending order edit; the order stays as it is. Emits order-edit.canceled.",
  input: { name: "CancelOrderEditInput", schema: z.object({ changeId }) },
  workflow: cancelOrderEditWorkflow,
  workflowInput: (input, ctx) => ({ change_id: input.changeId, canceled_by: actor(ctx) }),
  payload: OrderEditPayload,
  result: (output, _input, ctx) => reread(output.id, ctx),
});
