import type { EventMessage } from "../../framework/events/types.ts";
import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { OrderEvents } from "../../modules/order/events.ts";
import { reserveCartInventoryStep } from "../cart/steps/reserve-cart-inventory.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { buildDraftOrderStep, type CreateDraftOrderInput, convertDraftOrderStep } from "./steps/draft-order.ts";
import { createOrdersStep } from "./steps/create-orders.ts";

// Draft orders (Medusa's: an order with status "draft" and is_draft_order): an admin prepares an
// order for a customer (or an email), edits it with the order-edit flows, then converts it.

/**
 * Creates a draft order in a region with priced, taxed items and an optional shipping method;
 * holds no stock. Emits `draft-order.created` `{ id }`.
 * @example await createDraftOrderWorkflow(container).run({ input: { region_id, email, items: [{ variant_id, quantity: 1 }] } })
 */
export const createDraftOrderWorkflow = createWorkflow("create-draft-order", (input: CreateDraftOrderInput) => {
  const draft = buildDraftOrderStep(input);
  createOrdersStep(transform({ draft }, ({ draft: d }) => [d]));
  emitEventStep(
    transform({ draft }, ({ draft: d }): EventMessage[] => [
      { name: OrderEvents.DRAFT_ORDER_CREATED, data: { id: d.id } },
    ]),
  );
  return new WorkflowResponse(transform({ draft }, ({ draft: d }) => ({ id: d.id })));
});

/**
 * Converts a draft into a placed order (status pending): its stock is reserved at the channel's
 * locations (too little is NOT_ALLOWED and it stays a draft), and `order.placed` is emitted, so
 * the confirmation goes out as for a checkout.
 */
export const convertDraftOrderWorkflow = createWorkflow("convert-draft-order", (input: { order_id: string }) => {
  const reservations = convertDraftOrderStep(input);
  reserveCartInventoryStep(reservations);
  emitEventStep(
    transform({ input }, ({ input: i }): EventMessage[] => [
      { name: OrderEvents.ORDER_PLACED, data: { id: i.order_id } },
    ]),
  );
  return new WorkflowResponse({ id: input.order_id });
});
