import type { EventMessage } from "../../framework/events/types.ts";
import type { LinkInput } from "../../framework/links/link-input.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { FulfillmentEvents } from "../../modules/fulfillment/events.ts";
import type { FulfillmentSetInput } from "../../modules/fulfillment/service.ts";
import type { AdditionalData } from "../common/rows-workflows.ts";
import { deleteWorkflow } from "../common/rows-workflows.ts";
import { createRemoteLinkStep } from "../common/steps/create-remote-links.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { validateStockLocationsStep } from "../inventory/steps/validate-stock-locations.ts";
import { createFulfillmentSetsStep, deleteFulfillmentSetsStep } from "./steps/rows.ts";

/** A fulfillment set to create at a stock location, with its service zones and their geo zones. */
export type CreateFulfillmentSetWorkflowInput = FulfillmentSetInput & { location_id: string };

/**
 * Creates fulfillment sets at stock locations (Medusa's createLocationFulfillmentSetWorkflow):
 * checks the locations, creates the sets with their zones, links each to its location
 * (`stock_location_fulfillment_set`). Hook `fulfillmentSetsCreated` receives
 * `{ fulfillment_sets, additional_data }`; a failure removes the sets and links.
 */
export const createFulfillmentSetsWorkflow = createWorkflow(
  "create-fulfillment-sets",
  (input: { fulfillment_sets: CreateFulfillmentSetWorkflowInput[]; additional_data?: AdditionalData }) => {
    validateStockLocationsStep(
      transform({ input }, ({ input: i }) =>
        i.fulfillment_sets.map((s) => ({ location_id: s.location_id, field: ["locationId"] })),
      ),
    );
    const sets = createFulfillmentSetsStep(
      transform({ input }, ({ input: i }) => i.fulfillment_sets.map(({ location_id: _, ...set }) => set)),
    );
    createRemoteLinkStep(
      transform({ input, sets }, ({ input: i, sets: rows }) =>
        rows.map(
          (row, n): LinkInput => ({
            stockLocation: { stock_location_id: i.fulfillment_sets[n]?.location_id ?? "" },
            fulfillment: { fulfillment_set_id: row.id },
          }),
        ),
      ),
    );
    const created = createHook("fulfillmentSetsCreated", {
      fulfillment_sets: sets,
      additional_data: input.additional_data,
    });
    emitEventStep(
      transform({ sets }, ({ sets: rows }) =>
        rows.map((r): EventMessage => ({ name: FulfillmentEvents.FULFILLMENT_SET_CREATED, data: { id: r.id } })),
      ),
    );
    return new WorkflowResponse(sets, { hooks: [created] });
  },
);

/** Soft-deletes fulfillment sets with their zones and options, and their location links; hook `fulfillmentSetsDeleted`. */
export const deleteFulfillmentSetsWorkflow = deleteWorkflow(
  "delete-fulfillment-sets",
  "fulfillmentSetsDeleted",
  deleteFulfillmentSetsStep,
  FulfillmentEvents.FULFILLMENT_SET_DELETED,
  (ids) => transform({ ids }, ({ ids: list }) => ({ fulfillment: { fulfillment_set_id: list } })),
);
