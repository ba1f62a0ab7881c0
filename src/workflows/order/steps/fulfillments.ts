import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { FulfillmentInput, FulfillmentLabelInput } from "../../../modules/fulfillment/service.ts";

export const createFulfillmentStepId = "create-fulfillment";
/** Books a fulfillment with its provider and stores it; compensation deletes it. */
export const createFulfillmentStep = createStep(
  createFulfillmentStepId,
  async (input: FulfillmentInput, { container }) => {
    const row = await container.resolve("fulfillment").createFulfillmentWithItems(input);
    return new StepResponse(row, row.id);
  },
  async (id, { container }) => {
    await container.resolve("fulfillment").deleteFulfillments([id]);
  },
);

export const cancelFulfillmentStepId = "cancel-fulfillment";
/** Cancels an unshipped fulfillment with its provider; compensation clears canceled_at. */
export const cancelFulfillmentStep = createStep(
  cancelFulfillmentStepId,
  async (id: string, { container }) => {
    const row = await container.resolve("fulfillment").cancelFulfillmentWithProvider(id);
    return new StepResponse(row, id);
  },
  async (id, { container }) => {
    await container.resolve("fulfillment").updateFulfillments({ id, canceled_at: null });
  },
);

export const shipFulfillmentStepId = "ship-fulfillment";
/** Marks a fulfillment shipped with its labels; compensation takes the shipment back. */
export const shipFulfillmentStep = createStep(
  shipFulfillmentStepId,
  async (input: { id: string; labels: FulfillmentLabelInput[] }, { container }) => {
    const fulfillment = container.resolve("fulfillment");
    const before = new Set((await fulfillment.listFulfillmentLabels({ fulfillment_id: input.id })).map((l) => l.id));
    const row = await fulfillment.createShipment(input.id, input.labels);
    const added = (row.labels ?? []).map((l) => l.id).filter((id) => !before.has(id));
    return new StepResponse(row, { id: input.id, added });
  },
  async (undo, { container }) => {
    await container.resolve("fulfillment").undoShipment(undo.id, undo.added);
  },
);

export const deliverFulfillmentStepId = "deliver-fulfillment";
/** Marks a shipped fulfillment delivered; compensation clears delivered_at. */
export const deliverFulfillmentStep = createStep(
  deliverFulfillmentStepId,
  async (id: string, { container }) => {
    const row = await container.resolve("fulfillment").markDelivered(id);
    return new StepResponse(row, id);
  },
  async (id, { container }) => {
    await container.resolve("fulfillment").updateFulfillments({ id, delivered_at: null });
  },
);
