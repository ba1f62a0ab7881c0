import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { Row } from "../../../framework/modules/service-factory.ts";
import type { ReservationInput } from "../../../modules/inventory/service.ts";
import { each, moduleRowSteps } from "../../common/steps/module-rows.ts";

const { createRowsStep, updateRowsStep } = moduleRowSteps("inventory");

/** A reservation row as createReservations takes it back (its id kept): what compensations restore. */
export const restorableReservation = (r: Row<"ReservationItem">): ReservationInput => ({
  id: r.id,
  inventory_item_id: r.inventory_item_id,
  location_id: r.location_id,
  quantity: r.quantity,
  line_item_id: r.line_item_id,
  description: r.description,
  allow_backorder: r.allow_backorder,
  metadata: r.metadata as Record<string, unknown> | null,
});

export const createReservationsStepId = "create-reservations";
/**
 * Reserves stock (unknown items are NOT_FOUND; more than available NOT_ALLOWED unless backorder).
 * The service locks the levels, so concurrent reservations cannot oversell; compensation deletes
 * the reservations and gives their quantities back.
 */
export const createReservationsStep = createRowsStep(
  createReservationsStepId,
  async (s, input: ReservationInput[]) => {
    for (const id of new Set(input.map((r) => r.inventory_item_id))) await s.retrieveInventoryItem(id);
    return s.createReservations(input);
  },
  (s, ids) => s.deleteReservations(ids),
);

export const updateReservationsStepId = "update-reservations";
/** Changes reservations' quantities (growing one checks availability); compensation sets the old quantities back. */
export const updateReservationsStep = updateRowsStep(updateReservationsStepId, {
  snapshot: (s, ids) => each(ids, async (id) => ({ id, quantity: (await s.retrieveReservationItem(id)).quantity })),
  update: (s, input: { id: string; quantity: number }[]) =>
    each(input, ({ id, quantity }) => s.updateReservationQuantity(id, quantity)),
  restore: (s, previous) => each(previous, ({ id, quantity }) => s.updateReservationQuantity(id, quantity)),
});

export const deleteReservationsStepId = "delete-reservations";
/** Deletes reservations and releases their quantities; compensation reserves them again under the same ids. */
export const deleteReservationsStep = createStep(
  deleteReservationsStepId,
  async (ids: string[], { container }) => {
    // The rows the service deleted under the level locks: what compensation puts back, never more.
    const rows = await container.resolve("inventory").deleteReservations(ids);
    const previous: ReservationInput[] = rows.map(restorableReservation);
    return new StepResponse(ids, previous);
  },
  async (previous, { container }) => {
    if (previous.length) await container.resolve("inventory").createReservations(previous);
  },
);
